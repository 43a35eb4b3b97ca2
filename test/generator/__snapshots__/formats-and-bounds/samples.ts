// Generated from ../../specs/formats-and-bounds.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/formats-and-bounds.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

// The TypeScript code samples of the reference docs, as functions, so that
// type-checking proves each sample still compiles against the client.
import type { FormatsAndBoundsClient } from "./sdk.js";

export function createRecord(formatsAndBounds: FormatsAndBoundsClient) {
  return formatsAndBounds.createRecord({
    body: {
      amount: 12.5,
      attributes: {
        key1: 100,
      },
      bigCount: 100,
      birthday: "2026-01-15",
      blob: "Zml4dHVyZSAx",
      code: "RG-9792",
      count: 100,
      createdAt: "2026-01-15T10:00:00Z",
      email: "user1@example.com",
      homepage: "https://example.com/1",
      id: "00000000-0000-4000-8000-000000000001",
      ip: "192.0.2.1",
      kind: "record",
      nickname: "nickname 1",
      note: "note 1",
      priority: 1,
      ratio: 0.5,
      tags: ["tag 1"],
    },
  });
}
