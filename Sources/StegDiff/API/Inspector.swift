/// Single-document mode: finds invisible characters, look-alike letters inside words of another
/// script, unusual spaces and invalid bytes in one text, and knows their legitimate uses (RGI
/// emoji sequences, joiners in Arabic and Indic words, French NBSP, CJK ideographic spaces),
/// which it reports at severity `info` instead of alarming. The checks live in Inspect/.
public enum Inspector {
    /// Inspects one text. With `strict`, legitimate uses still say why they may be legitimate
    /// but keep their kind's full severity (for texts that should hold no such characters at all).
    public static func inspect(_ text: PromptText, strict: Bool = false) -> InspectReport {
        TextInspection.inspect(text, strict: strict)
    }
}
