// nock 15 calls a reply function with one argument, the intercepted fetch `Request` (this = the
// interceptor). A function declared with two parameters is taken for the error-first callback form
// `(request, callback)` and promisified: a nock 14 style `(uri, body) => …` that returns its answer
// never calls that callback, so the Bot Connector call never completes. Reply functions take
// `(request)` and read the path and the JSON body through this helper.

/** The path (with query) and the parsed JSON body of a request nock intercepted. */
export async function readIntercepted(request: Request): Promise<{ path: string; body: any }> {
  const url = new URL(request.url);
  const text = await request.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { path: `${url.pathname}${url.search}`, body };
}
