import { describe, expect, it } from "vitest";
import { anyTermQuery, searchTerms, stemEnglish } from "./text";
import { synonymTerms } from "./synonyms";

describe("searchTerms", () => {
  it("indexes Chinese by words and character bigrams, so a part finds the whole and the whole a part", () => {
    const doc = searchTerms("中小企业数字化转型城市试点");
    expect(doc).toEqual(expect.arrayContaining(["中小企业", "企业", "试点", "转型"]));
    // The segmenter splits 续答 into 续|答: the bigram still matches.
    expect(searchTerms("续答链接过期了怎么办")).toEqual(expect.arrayContaining(["续答", "链接", "过期"]));
  });

  it("drops particles and question words and keeps lexemes safe for a tsquery literal", () => {
    const terms = searchTerms("请问我们的补贴什么时候到账呢？'); drop table x; --");
    expect(terms).not.toContain("什么");
    expect(terms).not.toContain("我们");
    expect(terms).toEqual(expect.arrayContaining(["补贴", "到账"]));
    for (const t of terms) expect(t).toMatch(/^[\p{L}\p{N}.]+$/u);
    expect(anyTermQuery(["补贴", "f.net"])).toBe("'补贴' | 'f.net'");
  });

  it("reads full-width text and English the same way as ASCII, stems plurals and keeps codes whole", () => {
    expect(searchTerms("ＦＮＥＴ")).toEqual(["fnet"]);
    expect(searchTerms("What subsidies apply to F.NET and 5G?")).toEqual(expect.arrayContaining(["subsidy", "apply", "f.net", "5g"]));
    expect(stemEnglish("levels")).toBe("level");
    expect(stemEnglish("process")).toBe("process");
  });

  it("expands a question's words by their synonym group, without the words it already has", () => {
    const extra = synonymTerms(searchTerms("补助怎么申请"));
    expect(extra).toEqual(expect.arrayContaining(["补贴", "申报"]));
    expect(extra).not.toContain("补助");
    expect(synonymTerms(searchTerms("grant for level 2"))).toEqual(expect.arrayContaining(["subsidy"]));
  });
});
