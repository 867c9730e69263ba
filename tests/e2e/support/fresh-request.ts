// HTTP requests that share no cookies. Playwright's request contexts keep a cookie
// jar, and a server action that refreshes a session sets its cookie there: the
// next "signed-out" request would then be signed in. Each request here comes from
// a new context, carrying only the headers it is given.
import { request as newRequest, type APIRequestContext } from "@playwright/test";

type Options = NonNullable<Parameters<APIRequestContext["fetch"]>[1]>;

/** A response read in full, so it outlives its context. */
export type Reply = {
  status(): number;
  headers(): Record<string, string>;
  text(): Promise<string>;
  json(): Promise<unknown>;
};

export type FreshRequest = {
  fetch(url: string, options?: Options): Promise<Reply>;
  get(url: string, options?: Options): Promise<Reply>;
  post(url: string, options?: Options): Promise<Reply>;
};

export function freshRequests(baseURL: string): FreshRequest {
  const fetch = async (url: string, options: Options = {}): Promise<Reply> => {
    const context = await newRequest.newContext({ baseURL });
    try {
      const response = await context.fetch(url, { maxRedirects: 0, ...options });
      const body = await response.text();
      const status = response.status();
      const headers = response.headers();
      return {
        status: () => status,
        headers: () => headers,
        text: async () => body,
        json: async () => JSON.parse(body) as unknown,
      };
    } finally {
      await context.dispose();
    }
  };
  return {
    fetch,
    get: (url, options = {}) => fetch(url, { ...options, method: "GET" }),
    post: (url, options = {}) => fetch(url, { ...options, method: "POST" }),
  };
}
