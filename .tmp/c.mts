import nlp from "compromise";
for (const s of [
  "Putin and Erdogan agreed a plan for Idlib in Sochi",
  "Turkey launched Operation Spring Shield against the Syrian government forces",
  "the Syrian war began with the Assad regime's crackdown on pro-democracy protests",
  "Putin and Erdogan openly disagreed at the Tehran summit over how to deal with Idlib",
  "Turkish tanks and other hardware were sent over the border to Idlib",
]) {
  const doc = nlp(s);
  const v = doc.verbs().first();
  const inf = v.clone().toInfinitive().text();
  console.log(JSON.stringify(v.text()), "->", JSON.stringify(inf), "|", v.json()[0]?.verb?.auxiliary);
}
