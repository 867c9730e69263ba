// What each fact kind contributes to a card: the cue on the front, an optional
// hint that tells similar cards apart, and the answer on the back.
export type CardText = { front: string; hint: string | null; answer: string };
