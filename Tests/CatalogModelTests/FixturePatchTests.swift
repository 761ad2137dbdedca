import TestSupport
import Testing

/// A case given as a diff against the base: applied exactly, and refused when the base moved.
@Suite struct FixturePatchTests {
    let patch = FixturePatch(
        name: "x.yaml.diff",
        text: """
            --- base/x.yaml
            +++ x.yaml
            @@ -2,2 +2,2 @@
             b: 2
            -c: 3
            +c: three
            @@ -5 +5,2 @@
             e: 5
            +f: 6

            """)

    @Test func appliesTheHunksToTheBase() throws {
        #expect(try patch.apply(to: "a: 1\nb: 2\nc: 3\nd: 4\ne: 5\n") == "a: 1\nb: 2\nc: three\nd: 4\ne: 5\nf: 6\n")
    }

    @Test func aBaseThatChangedUnderThePatchIsNamed() {
        #expect {
            try patch.apply(to: "a: 1\nb: 2\nc: 4\nd: 4\ne: 5\n")
        } throws: { error in
            (error as? FixturePatch.Mismatch)?.description
                == "x.yaml.diff: line 3 of the base is \"c: 4\", the patch expects \"c: 3\"; update the patch"
        }
    }
}
