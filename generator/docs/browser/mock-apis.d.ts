// The module try-page.ts writes at build time: each API's generated
// `create<Name>MockHandlers`, from the built project's generated/<api>/msw.ts.
declare module "virtual:try-mock-apis" {
  import type { RequestHandler } from "msw";
  export const mockApis: Array<(options: { origin: string }) => { handlers: RequestHandler[]; reset(): void }>;
}
