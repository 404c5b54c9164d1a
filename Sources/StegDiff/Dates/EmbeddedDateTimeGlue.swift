// Generated from ICU 72.1 (CLDR 42.0) by
// `STEGDIFF_RECORD=1 swift test --filter DateTimeGlueTests`: do not edit.

extension DateTimeGlue {
    /// ICU and CLDR versions the glue comes from.
    static let embeddedVersion = "72.1/42.0"
    /// Glue between a date and the time after it, ICU pattern text, one per line.
    static let embeddedAfterDate = " \u{A} 'a' \u{A} 'a' 'les' \u{A} 'a' 'sas' \u{A} 'ag' \u{A} 'aig' \u{A} 'alle' 'ore' \u{A} 'am' \u{A} 'at' \u{A} 'ci' \u{A} 'da' \u{A} 'ee' \u{A} 'f\u{1ECD}' \u{A} 'ing' \u{A} 'jam' \u{A} 'kl'. \u{A} 'klo' \u{A} 'kwi' \u{A} 'la' \u{A} 'na' \u{A} 'nang' \u{A} 'n\u{EB}' \u{A} 'n\u{ED}' \u{A} 'n\u{ED}ti' \u{A} 'o' \u{A} 'ob' \u{A} 'om' \u{A} 'pada' \u{A} 'pukul' \u{A} 'sa' \u{A} 'saa' \u{A} 'sagat' \u{A} 'tme' \u{A} 'u' \u{A} 'um' \u{A} 'v' \u{A} 'w' \u{A} 'zeg'. \u{A} 'zeger' \u{A} '\u{E0}' \u{A} '\u{E0}s' \u{A} '\u{432}' \u{A} '\u{43E}' \u{A} '\u{443}' \u{A} (\u{A} - \u{A} \u{3C3}\u{3C4}\u{3B9}\u{3C2} \u{A} \u{5D1}\u{5E9}\u{5E2}\u{5D4} \u{A} \u{633}\u{627}\u{639}\u{62A} \u{A} \u{641}\u{64A} \u{A} \u{6A9}\u{648} \u{A} \u{915}\u{947} \u{A} \u{915}\u{94B} \u{A} \u{917}\u{940} \u{A} \u{924}\u{926}\u{93E} \u{A} \u{924}\u{947} \u{A} \u{928}\u{93F} \u{A} \u{930}\u{94B}\u{91C}\u{940} \u{A} \u{98F} \u{A} \u{997}\u{9C0} \u{A} \u{A8F} \u{A} \u{B85}\u{BA9}\u{BCD}\u{BB1}\u{BC1} \u{A} \u{CB0}\u{C82}\u{CA6}\u{CC1} \u{A} \u{DAF}\u{DD2}\u{DB1} \u{A} \u{E40}\u{E27}\u{E25}\u{E32} \u{A} \u{1230}\u{12D3}\u{1275} \u{A} \u{13A4}\u{13BE}\u{13A2} \u{A} \u{1793}\u{17C5}\u{200B}\u{1798}\u{17C9}\u{17C4}\u{1784} \u{A} \u{1E909} \u{A},\u{A}, \u{A}, 'a' 'les' \u{A}, 'kell' \u{A}, '\u{432}\u{43E}' \u{A}/\u{A}: \u{A}\u{60C} "
    /// Glue between a time and the date after it, one per line.
    static let embeddedBeforeDate = " \u{A} \u{67E}\u{66E}\u{6EA}\u{679}\u{6BE}\u{6CD} \u{A} \u{92A}\u{947}\u{920} \u{A} \u{B20}\u{B3E}\u{B30}\u{B47} "
    /// Text after a time (after its AM/PM word), one per line.
    static let embeddedAfterTime = " 'baje'\u{A} 'hod\u{17A}'.\u{A} '\u{447}'.\u{A} \u{92C}\u{91C}\u{947}\u{A} \u{92F}\u{93E}\u{935}\u{A} \u{935}\u{930}\u{93E}\u{902}\u{91A}\u{947}\u{930}\u{A} \u{9A6}\u{9BE}\u{A} \u{AB5}\u{ABE}\u{A97}\u{ACD}\u{AAF}\u{AC7}\u{A} \u{CB8}\u{CAE}\u{CAF}\u{C95}\u{CCD}\u{C95}\u{CC6}\u{A}\u{C15}\u{C3F}\u{A}\u{CD08}"
    /// Text before a time written before its date, one per line.
    static let embeddedBeforeTime = "'l\u{FA}c' "
}
