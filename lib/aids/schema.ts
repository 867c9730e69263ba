// What the learning aids accept from a browser.
import { z } from "zod";
import { factIdSchema } from "../facts/schema";

export const startFactQuizSchema = z.strictObject({ factId: factIdSchema.max(200) });
export type StartFactQuizInput = z.infer<typeof startFactQuizSchema>;
