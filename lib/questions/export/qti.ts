// QTI 3.0: one qti-assessment-item per question and an IMS content package manifest
// listing them, as files (a QTI package is a folder or zip, not one document).
// Choice kinds use qti-choice-interaction, cloze qti-text-entry-interaction, ordering
// qti-order-interaction and matching qti-match-interaction; partial credit where the
// bank gives it (multi-select, matching) through map_response.
import { CLOZE_BLANK, MATCH_ARROW, type Question } from "../schema";
import { displayPrompt } from "./display";

const ITEM_NS = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
const ITEM_XSD = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd";
const CP_NS = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
const TEMPLATES = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates";

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** A question id as an XML name: ids may start with a digit, names may not. */
export function qtiIdentifier(id: string): string {
  return `q-${id}`;
}

const choiceIds = (items: readonly string[], prefix: string) => items.map((_, i) => `${prefix}${i + 1}`);

function declaration(cardinality: string, baseType: string, correct: string[], mapping?: string): string {
  const values = correct.map((v) => `<qti-value>${escapeXml(v)}</qti-value>`).join("");
  return `  <qti-response-declaration identifier="RESPONSE" cardinality="${cardinality}" base-type="${baseType}">
    <qti-correct-response>${values}</qti-correct-response>${mapping ? `\n    ${mapping}` : ""}
  </qti-response-declaration>
  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>`;
}

function choices(q: Question, maxChoices: number): { body: string; ids: string[] } {
  const ids = choiceIds(q.choices, "C");
  const list = q.choices
    .map((c, i) => `      <qti-simple-choice identifier="${ids[i]}">${escapeXml(c)}</qti-simple-choice>`)
    .join("\n");
  return {
    ids,
    body: `    <qti-choice-interaction response-identifier="RESPONSE" shuffle="false" max-choices="${maxChoices}">
      <qti-prompt>${escapeXml(displayPrompt(q))}</qti-prompt>
${list}
    </qti-choice-interaction>`,
  };
}

function itemParts(q: Question): { declarations: string; body: string; processing: string } {
  const matchCorrect = `${TEMPLATES}/match_correct.xml`;
  const mapResponse = `${TEMPLATES}/map_response.xml`;
  switch (q.kind) {
    case "single-choice":
    case "true-false":
    case "date":
    case "evidence": {
      const { body, ids } = choices(q, 1);
      const right = ids.filter((_, i) => q.answers.includes(q.choices[i] ?? ""));
      return { declarations: declaration("single", "identifier", right), body, processing: matchCorrect };
    }
    case "multi-select": {
      const { body, ids } = choices(q, 0);
      const right = ids.filter((_, i) => q.answers.includes(q.choices[i] ?? ""));
      const wrongCount = Math.max(1, ids.length - right.length);
      const entries = ids
        .map((id, i) => {
          const value = q.answers.includes(q.choices[i] ?? "") ? 1 / right.length : -1 / wrongCount;
          return `<qti-map-entry map-key="${id}" mapped-value="${Number(value.toFixed(5))}"/>`;
        })
        .join("");
      const mapping = `<qti-mapping lower-bound="0" upper-bound="1" default-value="0">${entries}</qti-mapping>`;
      return { declarations: declaration("multiple", "identifier", right, mapping), body, processing: mapResponse };
    }
    case "cloze": {
      const entries = q.answers
        .map((a) => `<qti-map-entry map-key="${escapeXml(a)}" mapped-value="1" case-sensitive="false"/>`)
        .join("");
      const mapping = `<qti-mapping lower-bound="0" upper-bound="1" default-value="0">${entries}</qti-mapping>`;
      const [before = "", after = ""] = q.text.split(CLOZE_BLANK);
      const width = Math.max(8, ...q.answers.map((a) => a.length));
      const body = `    <p>${escapeXml(q.prompt)}</p>
    <p>${escapeXml(before)}<qti-text-entry-interaction response-identifier="RESPONSE" expected-length="${width}"/>${escapeXml(after)}</p>`;
      return {
        declarations: declaration("single", "string", q.answers.slice(0, 1), mapping),
        body,
        processing: mapResponse,
      };
    }
    case "ordering": {
      const ids = choiceIds(q.choices, "I");
      const order = q.answers.map((a) => ids[q.choices.indexOf(a)] ?? "");
      const list = q.choices
        .map((c, i) => `      <qti-simple-choice identifier="${ids[i]}">${escapeXml(c)}</qti-simple-choice>`)
        .join("\n");
      const body = `    <qti-order-interaction response-identifier="RESPONSE" shuffle="false">
      <qti-prompt>${escapeXml(q.prompt)}</qti-prompt>
${list}
    </qti-order-interaction>`;
      return { declarations: declaration("ordered", "identifier", order), body, processing: matchCorrect };
    }
    case "matching": {
      const leftIds = choiceIds(q.left, "L");
      const rightIds = choiceIds(q.right, "R");
      const pairs = q.answers.map((a) => {
        const [l = "", r = ""] = a.split(MATCH_ARROW);
        return `${leftIds[q.left.indexOf(l)] ?? ""} ${rightIds[q.right.indexOf(r)] ?? ""}`;
      });
      const entries = pairs
        .map((p) => `<qti-map-entry map-key="${p}" mapped-value="${Number((1 / pairs.length).toFixed(5))}"/>`)
        .join("");
      const mapping = `<qti-mapping lower-bound="0" upper-bound="1" default-value="0">${entries}</qti-mapping>`;
      const set = (items: readonly string[], ids: string[], max: number) =>
        `      <qti-simple-match-set>\n${items
          .map(
            (t, i) =>
              `        <qti-simple-associable-choice identifier="${ids[i]}" match-max="${max}">${escapeXml(t)}</qti-simple-associable-choice>`,
          )
          .join("\n")}\n      </qti-simple-match-set>`;
      const body = `    <qti-match-interaction response-identifier="RESPONSE" shuffle="false" max-associations="${q.left.length}">
      <qti-prompt>${escapeXml(q.prompt)}</qti-prompt>
${set(q.left, leftIds, 1)}
${set(q.right, rightIds, q.left.length)}
    </qti-match-interaction>`;
      return { declarations: declaration("multiple", "directedPair", pairs, mapping), body, processing: mapResponse };
    }
  }
}

/** One question as a QTI 3.0 assessment item document. */
export function qtiItem(q: Question): string {
  const { declarations, body, processing } = itemParts(q);
  return `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item xmlns="${ITEM_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${ITEM_NS} ${ITEM_XSD}" identifier="${qtiIdentifier(q.id)}" title="${escapeXml(q.id)}" adaptive="false" time-dependent="false" xml:lang="en">
${declarations}
  <qti-item-body>
${body}
  </qti-item-body>
  <qti-response-processing template="${processing}"/>
</qti-assessment-item>
`;
}

/** A QTI 3.0 content package as files: path → document. Write them to a folder (or zip them). */
export function exportQtiPackage(questions: readonly Question[]): Map<string, string> {
  const files = new Map<string, string>();
  const resources: string[] = [];
  for (const q of questions) {
    const href = `items/${q.id}.xml`;
    files.set(href, qtiItem(q));
    resources.push(
      `    <resource identifier="R-${escapeXml(q.id)}" type="imsqti_item_xmlv3p0" href="${href}"><file href="${href}"/></resource>`,
    );
  }
  files.set(
    "imsmanifest.xml",
    `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="${CP_NS}" identifier="sourced-question-bank">
  <metadata><schema>QTI Package</schema><schemaversion>3.0.0</schemaversion></metadata>
  <organizations/>
  <resources>
${resources.join("\n")}
  </resources>
</manifest>
`,
  );
  return files;
}
