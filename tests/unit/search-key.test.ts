import { describe, expect, it } from "vitest";
import { searchKey } from "@/lib/registration/search-key";

describe("search folding", () => {
  it("drops case and accents, so a search without them finds the name", () => {
    expect(searchKey("Gülşen", "ÉMILE@Example.NL", "Gemeente Ütrecht")).toBe("gulsen emile@example.nl gemeente utrecht");
  });

  it("folds letters that are no accented form of another", () => {
    expect(searchKey("Yılmaz Łódź Søren Straße Æsop")).toBe("yilmaz lodz soren strasse aesop");
  });
});
