// Tenancy over HTTP (issue 13, item 1): each teacher's pasted articles, proposed
// facts, questions, hides and reports stay theirs. Every check is a request a
// tampering client could send (pages fetched with a session cookie, server
// actions posted by hand), not a button that happens to be missing. Two teachers
// (A and B), a learner in each one's class (Lena with A, Max with B) and an
// anonymous visitor. The steps build on each other, so they run in order.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { pastedTehranArticle } from "../fixtures/pasted-article";
import { e2eDb } from "./support/db";
import { freshRequests, type FreshRequest } from "./support/fresh-request";
import { expectNothingWritten } from "./support/row-counts";
import { isRefused, postAction, type ActionCall, type ActionOutcome } from "./support/server-actions";
import { createE2eUser, type E2eUser } from "./support/users";

test.describe.configure({ mode: "serial", timeout: 180_000 });

type World = { a: E2eUser; b: E2eUser; lena: E2eUser; max: E2eUser; setA: string; setB: string };
let world: World;
let api: FreshRequest;
let origin = "";
/** A's pasted article and its facts, filled in by the first step. */
let slug = "";
let factIds: string[] = [];
const TAG = Date.now().toString(36);
const TITLE = `${pastedTehranArticle.title} ${TAG}`;

test.beforeEach(({ baseURL }) => {
  api = freshRequests(baseURL ?? "");
  origin = new URL(baseURL ?? "").origin;
});

test.beforeAll(async () => {
  const db = e2eDb();
  const [a, b, lena, max] = await Promise.all([
    createE2eUser("TEACHER", "scopes-a"),
    createE2eUser("TEACHER", "scopes-b"),
    createE2eUser("LEARNER", "scopes-lena"),
    createE2eUser("LEARNER", "scopes-max"),
  ]);
  for (const [teacher, learner] of [
    [a, lena],
    [b, max],
  ] as const) {
    const klass = await db.class.create({
      data: { name: `Scopes class ${TAG}`, teacherId: teacher.userId, joinCode: randomUUID().slice(0, 10) },
    });
    await db.enrollment.create({ data: { classId: klass.id, userId: learner.userId } });
  }
  const [setA, setB] = await Promise.all(
    [a, b].map(async (t) => (await db.questionSet.create({ data: { title: `Scopes ${TAG}`, ownerId: t.userId } })).id),
  );
  world = { a, b, lena, max, setA: setA ?? "", setB: setB ?? "" };
});

const call = (c: ActionCall): Promise<ActionOutcome> => postAction(api, origin, c);

/** The page's HTML as this user (undefined: an anonymous visitor) receives it, with its status. */
async function page(path: string, user?: E2eUser): Promise<{ status: number; html: string }> {
  const reply = await api.get(path, { headers: user ? { cookie: user.cookie } : {} });
  return { status: reply.status(), html: await reply.text() };
}

/** The start of a response body, enough to tell what went wrong without flooding the report. */
const start = (outcome: ActionOutcome) => outcome.body.slice(0, 500);

function expectOk(outcome: ActionOutcome): void {
  expect(outcome.threw, start(outcome)).toBe(false);
  expect(isRefused(outcome), JSON.stringify(outcome.result) ?? start(outcome)).toBe(false);
}

function expectRefusedWith(outcome: ActionOutcome, message: RegExp): void {
  expect(outcome.threw, `the action failed instead of refusing: ${start(outcome)}`).toBe(false);
  expect(isRefused(outcome), start(outcome)).toBe(true);
  expect((outcome.result as { error?: string }).error).toMatch(message);
}

/** A fact or question id as the page would carry it (an element id, a link, a JSON string): quoted. */
const quoted = (id: string) => new RegExp(`["#/]${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["&]`);

/** The nth library question a teacher may put in a set (servable single-choice ones, in id order). */
async function libraryQuestion(nth: number): Promise<string> {
  const row = await e2eDb().question.findFirstOrThrow({
    where: { ownerId: null, hidden: false, retired: false, data: { contains: '"kind":"single-choice"' } },
    orderBy: { id: "asc" },
    skip: nth,
    select: { id: true },
  });
  return row.id;
}

test("a teacher's pasted article and its proposed facts reach no other teacher, learner or visitor", async () => {
  const { a, b, lena, max } = world;
  const imported = await call({
    page: "/teach/articles/new",
    action: "importArticleAction",
    cookie: a.cookie,
    form: { ...pastedTehranArticle, title: TITLE },
  });
  // Next's redirect header carries the kind of navigation after a ";".
  const target = imported.redirect?.split(";")[0] ?? "";
  expect(target, imported.body.slice(0, 500)).toMatch(/^\/teach\/articles\/[a-z0-9-]+$/);
  slug = target.split("/").pop() ?? "";
  factIds = (
    await e2eDb().fact.findMany({ where: { ownerId: a.userId, status: "proposed" }, select: { id: true } })
  ).map((f) => f.id);
  expect(factIds.length).toBeGreaterThan(0);

  // The control: A sees the article and its proposed facts on the review page and on /sources.
  const own = await page(`/teach/articles/${slug}`, a);
  expect(own.status).toBe(200);
  expect(own.html).toContain(TITLE);
  for (const id of factIds) expect(own.html, `the review page names fact ${id}`).toMatch(quoted(id));
  expect((await page("/sources", a)).html).toContain(`/sources/${slug}`);
  expect((await page(`/sources/${slug}`, a)).status).toBe(200);

  // B's copy of the review page is a 404, like an article that does not exist.
  expect((await page(`/teach/articles/${slug}`, b)).status).toBe(404);
  expect((await page(`/teach/articles/no-such-${TAG}`, b)).status).toBe(404);
  // No one else finds it listed, and the reader is a 404 for all but A's own learners.
  for (const who of [undefined, b, lena, max]) expect((await page("/sources", who)).html).not.toContain(slug);
  for (const who of [undefined, b, max]) expect((await page(`/sources/${slug}`, who)).status).toBe(404);
  // The control for the check below: a library fact's id is found on the timeline as the check looks for it.
  const libraryFact = await e2eDb().fact.findFirstOrThrow({
    where: { ownerId: null, status: "reviewed", kind: "meeting" },
    select: { id: true },
  });
  expect((await page("/learn/timeline")).html).toMatch(quoted(libraryFact.id));
  // A proposed fact reaches no learner and no public page: not even A's own learner.
  for (const path of ["/learn", "/learn/timeline", "/learn/sides", `/sources/${slug}`]) {
    for (const who of [undefined, a, b, lena, max]) {
      const { html } = await page(path, who);
      for (const id of factIds) expect(html, `${path} shows proposed fact ${id}`).not.toMatch(quoted(id));
    }
  }

  // B cannot approve, reject or promote A's facts and article: each looks like a missing one, and nothing changes.
  const factId = factIds[0] ?? "";
  await expectNothingWritten(async () => {
    for (const action of ["approveFactAction", "rejectFactAction"]) {
      expectRefusedWith(
        await call({ page: `/teach/articles/${slug}`, action, cookie: b.cookie, form: { slug, factId } }),
        /does not exist or is not yours/,
      );
    }
    expectRefusedWith(
      await call({ page: `/sources/${slug}`, action: "promoteArticleAction", cookie: b.cookie, form: { slug } }),
      /maintainer/i,
    );
  });
  expect((await e2eDb().fact.findUniqueOrThrow({ where: { id: factId } })).status).toBe("proposed");
  expect((await e2eDb().article.findUniqueOrThrow({ where: { slug } })).library).toBe(false);
});

test("a teacher's approval makes questions only in their own bank: the library and everyone else's view are unchanged", async () => {
  const { a, b, lena, max } = world;
  const library = () =>
    e2eDb().question.findMany({
      where: { ownerId: null },
      orderBy: { id: "asc" },
      select: { id: true, data: true, hidden: true, retired: true },
    });
  const before = await library();
  const pages = ["/learn/timeline", "/learn/sides"];
  const seenBefore = await Promise.all(pages.map(async (path) => (await page(path, max)).html));

  // A approves facts until some make questions (each approval regenerates A's bank).
  for (const factId of factIds) {
    expectOk(
      await call({
        page: `/teach/articles/${slug}`,
        action: "approveFactAction",
        cookie: a.cookie,
        form: { slug, factId },
      }),
    );
    if ((await e2eDb().question.count({ where: { ownerId: a.userId } })) > 0) break;
  }
  const own = await e2eDb().question.findMany({ where: { ownerId: a.userId, retired: false }, select: { id: true } });
  expect(own.length).toBeGreaterThan(0);
  const approved = (
    await e2eDb().fact.findMany({ where: { ownerId: a.userId, status: "reviewed" }, select: { id: true } })
  ).map((f) => f.id);

  // Not one library question changed, and the pages another teacher's learner reads are as they were.
  expect(await library()).toEqual(before);
  for (const [i, path] of pages.entries()) {
    const { html } = await page(path, max);
    for (const id of approved) expect(html, `${path} shows A's fact ${id} to B's learner`).not.toMatch(quoted(id));
    for (const id of approved) expect(seenBefore[i]).not.toMatch(quoted(id));
  }
  for (const who of [undefined, b, lena, max]) {
    const { html } = await page("/learn/timeline", who);
    for (const id of approved) expect(html).not.toMatch(quoted(id));
  }

  // A's questions are A's: B cannot hide them or put them in a set; A can.
  const questionId = own[0]?.id ?? "";
  await expectNothingWritten(async () => {
    expectRefusedWith(
      await call({ page: "/teach/reports", action: "hideQuestionAction", cookie: b.cookie, form: { questionId } }),
      /does not exist/,
    );
    expectRefusedWith(
      await call({
        page: `/teach/sets/${world.setB}`,
        action: "addSetQuestionAction",
        cookie: b.cookie,
        form: { setId: world.setB, questionId },
      }),
      /does not exist/,
    );
  });
  expectOk(
    await call({
      page: `/teach/sets/${world.setA}`,
      action: "addSetQuestionAction",
      cookie: a.cookie,
      form: { setId: world.setA, questionId },
    }),
  );
});

test("a hide is the hiding teacher's alone, and only they can undo it", async () => {
  const { a, b } = world;
  const questionId = await libraryQuestion(0);
  const add = (teacher: E2eUser, setId: string) =>
    call({
      page: `/teach/sets/${setId}`,
      action: "addSetQuestionAction",
      cookie: teacher.cookie,
      form: { setId, questionId },
    });
  expectOk(
    await call({ page: "/teach/reports", action: "hideQuestionAction", cookie: a.cookie, form: { questionId } }),
  );
  // For A it is hidden: it cannot go into A's sets, and A's reports page lists it.
  expectRefusedWith(await add(a, world.setA), /hidden or retired/);
  expect((await page("/teach/reports", a)).html).toContain("Hidden from your sets and learners.");
  // For B nothing changed: B's reports page lists no hide, and B can put it in a set.
  expect((await page("/teach/reports", b)).html).toContain("You have not hidden any questions.");
  expectOk(await add(b, world.setB));
  expect((await e2eDb().question.findUniqueOrThrow({ where: { id: questionId } })).hidden).toBe(false);

  // B's "unhide" undoes nothing of A's.
  expectOk(
    await call({ page: "/teach/reports", action: "unhideQuestionAction", cookie: b.cookie, form: { questionId } }),
  );
  expectRefusedWith(await add(a, world.setA), /hidden or retired/);
  // A's own unhide does.
  expectOk(
    await call({ page: "/teach/reports", action: "unhideQuestionAction", cookie: a.cookie, form: { questionId } }),
  );
  expectOk(await add(a, world.setA));
});

test("a report reaches the teachers whose sets hold the question, and no other teacher can act on it", async () => {
  const { a, b, lena, max } = world;
  // B puts a library question in B's set; none of A's sets holds it.
  const questionId = await libraryQuestion(1);
  expectOk(
    await call({
      page: `/teach/sets/${world.setB}`,
      action: "addSetQuestionAction",
      cookie: b.cookie,
      form: { setId: world.setB, questionId },
    }),
  );
  expect(await e2eDb().questionSetItem.count({ where: { questionId, set: { ownerId: a.userId } } })).toBe(0);

  const message = `The quote is cut short (${TAG}).`;
  expectOk(
    await call({
      page: "/quiz/any-attempt",
      action: "reportQuestionAction",
      cookie: max.cookie,
      form: { questionId, message },
    }),
  );
  const report = await e2eDb().questionReport.findFirstOrThrow({ where: { message }, select: { id: true } });

  // B sees it, with the name of B's own learner; A does not see it at all.
  const seenByB = (await page("/teach/reports", b)).html;
  expect(seenByB).toContain(message);
  expect(seenByB).toContain("scopes-max");
  expect((await page("/teach/reports", a)).html).not.toContain(message);

  // A can neither resolve it nor hide the question "for" it.
  await expectNothingWritten(async () => {
    expectRefusedWith(
      await call({
        page: "/teach/reports",
        action: "resolveReportAction",
        cookie: a.cookie,
        form: { reportId: report.id },
      }),
      /does not exist or is not one of yours/,
    );
    expectRefusedWith(
      await call({
        page: "/teach/reports",
        action: "hideQuestionAction",
        cookie: a.cookie,
        form: { questionId, reportId: report.id },
      }),
      /does not exist or is not one of yours/,
    );
  });
  expectOk(
    await call({
      page: "/teach/reports",
      action: "resolveReportAction",
      cookie: b.cookie,
      form: { reportId: report.id },
    }),
  );
  expect((await page("/teach/reports", b)).html).not.toContain(message);

  // A report on A's own question goes to A, with A's learner's name, and never to B.
  const own = await e2eDb().question.findFirstOrThrow({ where: { ownerId: a.userId, retired: false } });
  const ownMessage = `The date looks wrong (${TAG}).`;
  expectOk(
    await call({
      page: "/quiz/any-attempt",
      action: "reportQuestionAction",
      cookie: lena.cookie,
      form: { questionId: own.id, message: ownMessage },
    }),
  );
  const seenByA = (await page("/teach/reports", a)).html;
  expect(seenByA).toContain(ownMessage);
  expect(seenByA).toContain("scopes-lena");
  expect((await page("/teach/reports", b)).html).not.toContain(ownMessage);
});

test("a maintainer sees every teacher's reports and promotes a teacher's article into the library for everyone", async () => {
  const { a, b, lena } = world;
  // The maintainer role is granted from the command line (npm run user:role); here straight in the database.
  const maintainer = await createE2eUser("TEACHER", "scopes-maintainer");
  await e2eDb().user.update({ where: { id: maintainer.userId }, data: { role: "MAINTAINER" } });
  const ownMessage = `The date looks wrong (${TAG}).`;
  expect((await page("/teach/reports", maintainer)).html).toContain(ownMessage);

  // Before: A's article is A's alone; a visitor's /sources does not list it.
  expect((await page("/sources")).html).not.toContain(TITLE);
  // A teacher cannot promote it, not even its owner.
  await expectNothingWritten(async () => {
    expectRefusedWith(
      await call({ page: `/sources/${slug}`, action: "promoteArticleAction", cookie: a.cookie, form: { slug } }),
      /maintainer/i,
    );
  });
  expectOk(
    await call({ page: `/sources/${slug}`, action: "promoteArticleAction", cookie: maintainer.cookie, form: { slug } }),
  );
  expect((await e2eDb().article.findUniqueOrThrow({ where: { slug } })).library).toBe(true);
  // Now in the library: a visitor, another teacher and a learner of either class all read it.
  for (const user of [undefined, b, lena]) {
    const reply = await page(`/sources/${slug}`, user);
    expect(reply.status).toBe(200);
    expect(reply.html).toContain(TITLE);
  }
  expect((await page("/sources")).html).toContain(TITLE);
});
