export * from "./schema";
export * from "./mastery";
