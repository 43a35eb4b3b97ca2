import { describe, expect, it } from "vitest";
import { deriveOperationName, disambiguate, jsDocText, literal, toIdentifier } from "../../generator/names.js";

describe("toIdentifier", () => {
  it.each<[string, { given: string; want: string }]>([
    ["keeps a valid camelCase id", { given: "listPromoCodes", want: "listPromoCodes" }],
    ["camel-cases dashes", { given: "list-pets", want: "listPets" }],
    ["keeps a valid snake_case id", { given: "list_pets", want: "list_pets" }],
    ["camel-cases underscores among other punctuation", { given: "list_pets-v2", want: "listPetsV2" }],
    ["camel-cases dots and versions", { given: "pets.list.v2", want: "petsListV2" }],
    ["drops spaces and punctuation", { given: "Get pet (by id)!", want: "getPetById" }],
    ["prefixes a leading digit", { given: "2fa-verify", want: "_2faVerify" }],
    ["suffixes a reserved word", { given: "delete", want: "delete_" }],
    ["suffixes a reserved word after cleaning", { given: "new!", want: "new_" }],
    ["keeps non-ASCII letters", { given: "créer-animal", want: "créerAnimal" }],
    ["keeps a valid non-ASCII id", { given: "créer", want: "créer" }],
    ["names an id of only punctuation", { given: "---", want: "operation" }],
  ])("%s", (_name, { given, want }) => {
    expect(toIdentifier(given)).toBe(want);
  });
});

describe("deriveOperationName", () => {
  it.each<[string, { given: [string, string]; want: string }]>([
    ["a collection", { given: ["get", "/pets"], want: "getPets" }],
    ["a member", { given: ["delete", "/pets/{petId}"], want: "deletePetsByPetId" }],
    ["a nested member", { given: ["get", "/pets/{petId}/toys/{toy_id}"], want: "getPetsByPetIdToysByToyId" }],
    ["the root", { given: ["get", "/"], want: "get" }],
    ["odd characters in segments", { given: ["post", "/v1/pet-store.items"], want: "postV1PetStoreItems" }],
  ])("%s", (_name, { given, want }) => {
    expect(deriveOperationName(...given)).toBe(want);
  });
});

describe("disambiguate", () => {
  it("keeps the first name and numbers later ones, case-insensitively", () => {
    const names = disambiguate(["a", "b", "c", "d"], (item) => ({ a: "listPets", b: "listPets", c: "ListPets", d: "other" })[item]!);
    expect([...names.values()]).toEqual(["listPets", "listPets2", "ListPets3", "other"]);
  });
  it("skips a suffix that is already taken", () => {
    const names = disambiguate(["a", "b", "c"], (item) => ({ a: "x2", b: "x", c: "x" })[item]!);
    expect([...names.values()]).toEqual(["x2", "x", "x3"]);
  });
});

describe("jsDocText", () => {
  it("cannot end the comment it is put in", () => {
    expect(jsDocText("ends */ here\r\n")).toBe("ends *\\/ here");
  });
});

describe("literal", () => {
  it.each([
    ["plain", '"plain"'],
    [`it's`, `"it's"`],
    [`say "hi"`, `'say "hi"'`],
    [`it's "quoted"`, `'it\\'s "quoted"'`],
    ["back\\slash\n", '"back\\\\slash\\n"'],
  ])("quotes %j as %s", (text, want) => {
    expect(literal(text)).toBe(want);
    expect(new Function(`return ${want};`)()).toBe(text);
  });
});
