// A refusal in impact.com's terms, thrown by whichever part of the core finds
// it (routing, auth, parsing, validation, limits, faults, an operation) and
// turned into impact.com's error body in one place (./answers.ts). Its own
// module because every part throws it.

/** A refusal in impact.com's terms; the core turns it into the error body. */
export class MockHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: Array<{ Field?: string; Message: string }> = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}
