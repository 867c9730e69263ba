export * from "./schema";
export * from "./mastery";
export * from "./mastery-rule";
