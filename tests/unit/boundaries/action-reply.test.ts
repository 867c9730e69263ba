// Server-action bodies React can and cannot decode (issue 13, item 6): the proxy
// refuses the second kind with a 400 before Next would answer them with a 500.
import { describe, expect, it } from "vitest";
import { formActionProblem, formReplyProblem, textReplyProblem } from "@/lib/http/action-reply";
import { refuseBadAction } from "@/lib/http/action-guard";

const fields = (entries: Record<string, string>) => Object.entries(entries);

describe("a text/plain action body", () => {
  it("passes as React writes it: a list of JSON values, escaped strings, dates, undefined and special numbers", () => {
    expect(textReplyProblem("[]")).toBeUndefined();
    expect(textReplyProblem('["card-1",3,"$$dollars"]')).toBeUndefined();
    expect(textReplyProblem('[{"at":"$D2026-01-01T00:00:00.000Z","n":"$n12","u":"$undefined","x":"$NaN"}]')).toBe(
      undefined,
    );
    expect(textReplyProblem('[{"a":{"b":1}},"$0:0:a"]')).toBeUndefined();
  });

  it("is refused when it is not JSON, not a list, or refers to rows it never sent", () => {
    expect(textReplyProblem("y\u00ca")).toMatch(/not JSON/);
    expect(textReplyProblem("null")).toMatch(/not a list/);
    expect(textReplyProblem('"$Q0"')).toMatch(/not a list/);
    expect(textReplyProblem('["$1"]')).toMatch(/row 1, which was not sent/);
    expect(textReplyProblem('[{"then":"$1:__proto__:then"}]')).toMatch(/not sent/);
    expect(textReplyProblem('["$0:__proto__"]')).toMatch(/not in the body/);
    expect(textReplyProblem('["$n1x"]')).toMatch(/BigInt/);
  });

  it("is refused when it holds kinds no action here takes: maps, sets, blobs, streams, server functions", () => {
    for (const tag of ["$Q1", "$W1", "$B1", "$h1", "$r1", "$i1", "$S", "$F1", "$A1", "$"]) {
      expect(textReplyProblem(JSON.stringify([tag])), tag).toMatch(/never takes/);
    }
  });
});

describe("a multipart action body", () => {
  it("passes with a form's fields and its root row", () => {
    expect(formReplyProblem(fields({ _1_email: "a@b.c", "0": '[{"ok":false},"$K1"]' }))).toBeUndefined();
    expect(formReplyProblem(fields({ "0": '["$1"]', "1": '{"a":1}' }))).toBeUndefined();
  });

  it("is refused without a root, with rows that are not JSON, or with fields React would misread as rows", () => {
    expect(formReplyProblem(fields({ _1_email: "a@b.c" }))).toMatch(/not a list/);
    expect(formReplyProblem(fields({ "0": "[" }))).toMatch(/not JSON/);
    expect(formReplyProblem(fields({ "0": "[]", "1.0": "x" }))).toMatch(/misread/);
    expect(formReplyProblem(fields({ "0": "[]", S1: "x" }))).toMatch(/misread/);
  });
});

describe("a form posted without JavaScript", () => {
  it("passes with an action id, or a reference whose bound arguments are a list", () => {
    expect(formActionProblem(fields({ $ACTION_ID_abc: "", title: "x" }))).toBeUndefined();
    expect(
      formActionProblem(
        fields({ $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"abc","bound":"$@1"}', "$ACTION_1:1": "[null]" }),
      ),
    ).toBeUndefined();
  });

  it("is refused when its reference is missing, not JSON, or its bound arguments are not a list", () => {
    expect(formActionProblem(fields({ $ACTION_REF_1: "" }))).toMatch(/without its reference/);
    expect(formActionProblem(fields({ $ACTION_REF_1: "", "$ACTION_1:0": "{" }))).toMatch(/not JSON/);
    expect(formActionProblem(fields({ $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"abc","bound":"$@2"}' }))).toMatch(
      /not sent/,
    );
    expect(
      formActionProblem(
        fields({ $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"abc","bound":"$@1"}', "$ACTION_1:1": '"x"' }),
      ),
    ).toMatch(/not a list/);
  });
});

describe("the proxy's check of a possible action post", () => {
  const post = (body: string, type: string, headers: Record<string, string> = {}) =>
    new Request("http://app.example/quiz", {
      method: "POST",
      headers: { host: "app.example", "content-type": type, ...headers },
      body,
    });

  it("answers 400 for a multipart post to a page that does not parse, with or without Next-Action", async () => {
    expect((await refuseBadAction(post("d[\\M", "multipart/form-data; boundary=x"), []))?.status).toBe(400);
    expect(
      (await refuseBadAction(post("d[\\M", "multipart/form-data; boundary=x", { "next-action": "a" }), []))?.status,
    ).toBe(400);
  });

  it("answers 403 for a form post whose Origin is not a URL, and lets other page posts through", async () => {
    const form = '--x\r\nContent-Disposition: form-data; name="title"\r\n\r\nA set\r\n--x--\r\n';
    expect((await refuseBadAction(post(form, "multipart/form-data; boundary=x", { origin: "8m" }), []))?.status).toBe(
      403,
    );
    expect(await refuseBadAction(post(form, "multipart/form-data; boundary=x"), [])).toBeUndefined();
    expect(await refuseBadAction(post("a=1", "application/x-www-form-urlencoded"), [])).toBeUndefined();
  });
});
