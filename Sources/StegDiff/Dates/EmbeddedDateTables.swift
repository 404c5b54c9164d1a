// Generated from ICU 72.1 (CLDR 42.0) by
// `STEGDIFF_RECORD=1 swift test --filter DateTables`: do not edit. See DateTables.swift.
// Letters and marks of every script are written as they are; anything else that is not
// printable ASCII (spaces, format characters, punctuation) as a \u{...} escape.

extension DateTables {
    /// ICU and CLDR versions these tables come from.
    package static let embeddedVersion = "72.1/42.0"

    /// `DateTableSet.leadBeforeDigit` of those tables (known without reading the names).
    package static let embeddedLeadBeforeDigit = 34

    /// `DateRecognizer.computedTables()` patterns for that version, one a line:
    /// pattern|locale|style|format space (hex)|`s` if read in Swift, `z` and the zero of other digits|shape
    /// (`d1,2` digits, `l2D` literal, `n7` name list; `-` none).
    static let embeddedPatternText = """
y-MM-dd|en_US_POSIX|||s|d4,4 l2D d2,2 l2D d2,2
y-M-d|en_US_POSIX|||s|d4,4 l2D d1,2 l2D d1,2
y/MM/dd|en_US_POSIX|||s|d4,4 l2F d2,2 l2F d2,2
y/M/d|en_US_POSIX|||s|d4,4 l2F d1,2 l2F d1,2
y.MM.dd|en_US_POSIX|||s|d4,4 l2E d2,2 l2E d2,2
y.M.d|en_US_POSIX|||s|d4,4 l2E d1,2 l2E d1,2
y. M. d.|en_US_POSIX|||s|d4,4 l2E l20 d1,2 l2E l20 d1,2 l2E
yyyyMMdd|en_US_POSIX||||-
y年M月d日|en_US_POSIX|||s|d4,4 l5E74 d1,2 l6708 d1,2 l65E5
y年MM月dd日|en_US_POSIX|||s|d4,4 l5E74 d2,2 l6708 d2,2 l65E5
y년 M월 d일|en_US_POSIX|||s|d4,4 lB144 l20 d1,2 lC6D4 l20 d1,2 lC77C
M月d日|en_US_POSIX|||s|d1,2 l6708 d1,2 l65E5
M월 d일|en_US_POSIX|||s|d1,2 lC6D4 l20 d1,2 lC77C
dd.MM.y|en_US_POSIX|||s|d2,2 l2E d2,2 l2E d4,4
d.M.y|en_US_POSIX|||s|d1,2 l2E d1,2 l2E d4,4
dd.MM.yy|en_US_POSIX||||d2,2 l2E d2,2 l2E d2,2
dd/MM/y|en_US_POSIX|||s|d2,2 l2F d2,2 l2F d4,4
d/M/y|en_US_POSIX|||s|d1,2 l2F d1,2 l2F d4,4
dd/MM/yy|en_US_POSIX||||d2,2 l2F d2,2 l2F d2,2
d/M/yy|en_US_POSIX||||d1,2 l2F d1,2 l2F d2,2
MM/dd/y|en_US_POSIX|||s|d2,2 l2F d2,2 l2F d4,4
M/d/y|en_US_POSIX|||s|d1,2 l2F d1,2 l2F d4,4
M/d/yy|en_US_POSIX||||d1,2 l2F d1,2 l2F d2,2
dd-MM-y|en_US_POSIX|||s|d2,2 l2D d2,2 l2D d4,4
d-M-y|en_US_POSIX|||s|d1,2 l2D d1,2 l2D d4,4
MM-dd-y|en_US_POSIX|||s|d2,2 l2D d2,2 l2D d4,4
EEE MMM dd y|en_US_POSIX|||s|n0 l20 n1 l20 d2,2 l20 d4,4
MMM dd y|en_US_POSIX|||s|n1 l20 d2,2 l20 d4,4
EEE MMM d y|en_US_POSIX|||s|n0 l20 n1 l20 d1,2 l20 d4,4
MMM d y|en_US_POSIX|||s|n1 l20 d1,2 l20 d4,4
EEE, dd MMM y|en_US_POSIX|||s|n0 l2C l20 d2,2 l20 n1 l20 d4,4
EEE, d MMM y|en_US_POSIX|||s|n0 l2C l20 d1,2 l20 n1 l20 d4,4
dd MMM y|en_US_POSIX|||s|d2,2 l20 n1 l20 d4,4
d MMM y|en_US_POSIX|||s|d1,2 l20 n1 l20 d4,4
EEEE d MMMM y|en_US_POSIX|||s|n2 l20 d1,2 l20 n3 l20 d4,4
EEE d MMM y|en_US_POSIX|||s|n0 l20 d1,2 l20 n1 l20 d4,4
EEEE, dd-MMM-yy|en_US_POSIX||||n2 l2C l20 d2,2 l2D n1 l2D d2,2
EEEE, MMMM d, y|en|0||s|n2 l2C l20 n3 l20 d1,2 l2C l20 d4,4
MMMM d, y|en|1||s|n3 l20 d1,2 l2C l20 d4,4
MMM d, y|en|2||s|n1 l20 d1,2 l2C l20 d4,4
EEE, MMM d, y|en|||s|n0 l2C l20 n1 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|en|||s|n0 l2C l20 d1,2 l2F d1,2 l2F d4,4
MMM d|en|||s|n1 l20 d1,2
MMMM d|en|||s|n3 l20 d1,2
y年M月d日EEEE|zh|0||s|d4,4 l5E74 d1,2 l6708 d1,2 l65E5 n4
y年M月d日EEE|zh|||s|d4,4 l5E74 d1,2 l6708 d1,2 l65E5 n5
y/M/dEEE|zh|||s|d4,4 l2F d1,2 l2F d1,2 n5
y年M月d日EEEE|ja|0||s|d4,4 l5E74 d1,2 l6708 d1,2 l65E5 n6
y年M月d日(EEE)|ja|||s|d4,4 l5E74 d1,2 l6708 d1,2 l65E5 l28 n7 l29
y/M/d(EEE)|ja|||s|d4,4 l2F d1,2 l2F d1,2 l28 n7 l29
y년 M월 d일 EEEE|ko|0||s|d4,4 lB144 l20 d1,2 lC6D4 l20 d1,2 lC77C l20 n8
yy. M. d.|ko|3|||d2,2 l2E l20 d1,2 l2E l20 d1,2 l2E
y년 MMM d일|ko|||s|d4,4 lB144 l20 n9 l20 d1,2 lC77C
y년 MMM d일 (EEE)|ko|||s|d4,4 lB144 l20 n9 l20 d1,2 lC77C l20 l28 n10 l29
y년 MMMM d일 EEEE|ko|||s|d4,4 lB144 l20 n9 l20 d1,2 lC77C l20 n8
y년 MMMM d일|ko|||s|d4,4 lB144 l20 n9 l20 d1,2 lC77C
y. M. d. (EEE)|ko|||s|d4,4 l2E l20 d1,2 l2E l20 d1,2 l2E l20 l28 n10 l29
EEEE, d. MMMM y|de|0||s|n11 l2C l20 d1,2 l2E l20 n12 l20 d4,4
d. MMMM y|de|1||s|d1,2 l2E l20 n12 l20 d4,4
d. MMM y|de|||s|d1,2 l2E l20 n13 l20 d4,4
EEE, d. MMM y|de|||s|n14 l2C l20 d1,2 l2E l20 n13 l20 d4,4
EEE, d.M.y|de|||s|n14 l2C l20 d1,2 l2E d1,2 l2E d4,4
d. MMM|de|||s|d1,2 l2E l20 n13
d. MMMM|de|||s|d1,2 l2E l20 n12
EEEE d MMMM y|fr|0||s|n15 l20 d1,2 l20 n16 l20 d4,4
d MMMM y|fr|1||s|d1,2 l20 n16 l20 d4,4
d MMM y|fr|2||s|d1,2 l20 n17 l20 d4,4
EEE d MMM y|fr|||s|n18 l20 d1,2 l20 n17 l20 d4,4
EEE dd/MM/y|fr|||s|n18 l20 d2,2 l2F d2,2 l2F d4,4
d MMM|fr|||s|d1,2 l20 n17
d MMMM|fr|||s|d1,2 l20 n16
EEEE, d 'de' MMMM 'de' y|es|0||s|n19 l2C l20 d1,2 l20 l64 l65 l20 n20 l20 l64 l65 l20 d4,4
d 'de' MMMM 'de' y|es|1||s|d1,2 l20 l64 l65 l20 n20 l20 l64 l65 l20 d4,4
d MMM y|es|2||s|d1,2 l20 n21 l20 d4,4
EEE, d MMM y|es|||s|n22 l2C l20 d1,2 l20 n21 l20 d4,4
EEE, d/M/y|es|||s|n22 l2C l20 d1,2 l2F d1,2 l2F d4,4
d MMM|es|||s|d1,2 l20 n21
d 'de' MMMM|es|||s|d1,2 l20 l64 l65 l20 n20
EEEE, d MMMM y\u{202F}'г'.|ru|0|202F|s|n23 l2C l20 d1,2 l20 n24 l20 d4,4 l202F l433 l2E
d MMMM y\u{202F}'г'.|ru|1|202F|s|d1,2 l20 n24 l20 d4,4 l202F l433 l2E
d MMM y\u{202F}'г'.|ru|2|202F|s|d1,2 l20 n25 l20 d4,4 l202F l433 l2E
EEE, d MMM y\u{202F}'г'.|ru||202F|s|n26 l2C l20 d1,2 l20 n25 l20 d4,4 l202F l433 l2E
ccc, dd.MM.y\u{202F}'г'.|ru||202F|s|n26 l2C l20 d2,2 l2E d2,2 l2E d4,4 l202F l433 l2E
d MMM|ru|||s|d1,2 l20 n25
d MMMM|ru|||s|d1,2 l20 n24
EEEE, d MMMM y|en_GB|0||s|n2 l2C l20 d1,2 l20 n3 l20 d4,4
d MMMM y|en_GB|1||s|d1,2 l20 n3 l20 d4,4
d MMM y|en_GB|2||s|d1,2 l20 n27 l20 d4,4
EEE, d MMM y|en_GB|||s|n0 l2C l20 d1,2 l20 n27 l20 d4,4
EEE, dd/MM/y|en_GB|||s|n0 l2C l20 d2,2 l2F d2,2 l2F d4,4
d MMM|en_GB|||s|d1,2 l20 n27
d MMMM|en_GB|||s|d1,2 l20 n3
d MMM y|en_AU|2||s|d1,2 l20 n28 l20 d4,4
EEE, d MMM y|en_AU|||s|n0 l2C l20 d1,2 l20 n28 l20 d4,4
d MMM|en_AU|||s|d1,2 l20 n28
EEEE, d MMMM, y|en_IN|0||s|n2 l2C l20 d1,2 l20 n3 l2C l20 d4,4
dd-MMM-y|en_IN|2||s|d2,2 l2D n27 l2D d4,4
EEE, d MMM, y|en_IN|||s|n0 l2C l20 d1,2 l20 n27 l2C l20 d4,4
EEE, d/M/y|en_IN|||s|n0 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d 'de' MMMM 'de' y|pt|0||s|n29 l2C l20 d1,2 l20 l64 l65 l20 n30 l20 l64 l65 l20 d4,4
d 'de' MMMM 'de' y|pt|1||s|d1,2 l20 l64 l65 l20 n30 l20 l64 l65 l20 d4,4
d 'de' MMM 'de' y|pt|2||s|d1,2 l20 l64 l65 l20 n31 l20 l64 l65 l20 d4,4
EEE, d 'de' MMM 'de' y|pt|||s|n32 l2C l20 d1,2 l20 l64 l65 l20 n31 l20 l64 l65 l20 d4,4
EEE, dd/MM/y|pt|||s|n32 l2C l20 d2,2 l2F d2,2 l2F d4,4
d 'de' MMM|pt|||s|d1,2 l20 l64 l65 l20 n31
d 'de' MMMM|pt|||s|d1,2 l20 l64 l65 l20 n30
d/MM/y|pt_PT|||s|d1,2 l2F d2,2 l2F d4,4
EEE, d/MM/y|pt_PT|||s|n33 l2C l20 d1,2 l2F d2,2 l2F d4,4
EEE, dd/MM/y|pt_PT|||s|n33 l2C l20 d2,2 l2F d2,2 l2F d4,4
EEEE d MMMM y|it|0||s|n34 l20 d1,2 l20 n35 l20 d4,4
d MMMM y|it|1||s|d1,2 l20 n35 l20 d4,4
d MMM y|it|2||s|d1,2 l20 n36 l20 d4,4
EEE d MMM y|it|||s|n37 l20 d1,2 l20 n36 l20 d4,4
EEE d/M/y|it|||s|n37 l20 d1,2 l2F d1,2 l2F d4,4
d MMM|it|||s|d1,2 l20 n36
d MMMM|it|||s|d1,2 l20 n35
EEEE d MMMM y|nl|0||s|n38 l20 d1,2 l20 n39 l20 d4,4
d MMMM y|nl|1||s|d1,2 l20 n39 l20 d4,4
d MMM y|nl|2||s|d1,2 l20 n40 l20 d4,4
EEE d MMM y|nl|||s|n41 l20 d1,2 l20 n40 l20 d4,4
EEE d-M-y|nl|||s|n41 l20 d1,2 l2D d1,2 l2D d4,4
d MMM|nl|||s|d1,2 l20 n40
d MMMM|nl|||s|d1,2 l20 n39
EEEE, d MMMM y|pl|0||s|n42 l2C l20 d1,2 l20 n43 l20 d4,4
d MMMM y|pl|1||s|d1,2 l20 n43 l20 d4,4
d MMM y|pl|2||s|d1,2 l20 n44 l20 d4,4
d.MM.y|pl|3||s|d1,2 l2E d2,2 l2E d4,4
EEE, d MMM y|pl|||s|n45 l2C l20 d1,2 l20 n44 l20 d4,4
EEE, d.MM.y|pl|||s|n45 l2C l20 d1,2 l2E d2,2 l2E d4,4
d MMM|pl|||s|d1,2 l20 n44
d MMMM|pl|||s|d1,2 l20 n43
d MMMM y EEEE|tr|0||s|d1,2 l20 n46 l20 d4,4 l20 n47
d MMMM y|tr|1||s|d1,2 l20 n46 l20 d4,4
d MMM y|tr|2||s|d1,2 l20 n48 l20 d4,4
d MMM y EEE|tr|||s|d1,2 l20 n48 l20 d4,4 l20 n49
d.M.y EEE|tr|||s|d1,2 l2E d1,2 l2E d4,4 l20 n49
d MMM|tr|||s|d1,2 l20 n48
d MMMM|tr|||s|d1,2 l20 n46
EEEE d MMMM y|sv|0||s|n50 l20 d1,2 l20 n51 l20 d4,4
d MMMM y|sv|1||s|d1,2 l20 n51 l20 d4,4
d MMM y|sv|2||s|d1,2 l20 n52 l20 d4,4
EEE d MMM y|sv|||s|n53 l20 d1,2 l20 n52 l20 d4,4
EEE, y-MM-dd|sv|||s|n53 l2C l20 d4,4 l2D d2,2 l2D d2,2
d MMM|sv|||s|d1,2 l20 n52
d MMMM|sv|||s|d1,2 l20 n51
EEEE 'den' d. MMMM y|da|0||s|n54 l20 l64 l65 l6E l20 d1,2 l2E l20 n55 l20 d4,4
d. MMMM y|da|1||s|d1,2 l2E l20 n55 l20 d4,4
d. MMM y|da|2||s|d1,2 l2E l20 n56 l20 d4,4
EEE d. MMM y|da|||s|n57 l20 d1,2 l2E l20 n56 l20 d4,4
EEE d.M.y|da|||s|n57 l20 d1,2 l2E d1,2 l2E d4,4
d. MMM|da|||s|d1,2 l2E l20 n56
d. MMMM|da|||s|d1,2 l2E l20 n55
EEEE d. MMMM y|nb|0||s|n54 l20 d1,2 l2E l20 n58 l20 d4,4
d. MMMM y|nb|1||s|d1,2 l2E l20 n58 l20 d4,4
d. MMM y|nb|2||s|d1,2 l2E l20 n59 l20 d4,4
EEE d. MMM y|nb|||s|n60 l20 d1,2 l2E l20 n59 l20 d4,4
EEE d.M.y|nb|||s|n60 l20 d1,2 l2E d1,2 l2E d4,4
d. MMM|nb|||s|d1,2 l2E l20 n59
d. MMMM|nb|||s|d1,2 l2E l20 n58
cccc d. MMMM y|fi|0||s|n61 l20 d1,2 l2E l20 n62 l20 d4,4
d. MMMM y|fi|1||s|d1,2 l2E l20 n62 l20 d4,4
d. MMM y|fi|||s|d1,2 l2E l20 n63 l20 d4,4
EEE d. MMM y|fi|||s|n64 l20 d1,2 l2E l20 n63 l20 d4,4
EEEE d. MMMM y|fi|||s|n65 l20 d1,2 l2E l20 n62 l20 d4,4
EEE d.M.y|fi|||s|n64 l20 d1,2 l2E d1,2 l2E d4,4
d. MMM|fi|||s|d1,2 l2E l20 n63
d. MMMM|fi|||s|d1,2 l2E l20 n62
EEEE d. MMMM y|cs|0||s|n66 l20 d1,2 l2E l20 n67 l20 d4,4
d. MMMM y|cs|1||s|d1,2 l2E l20 n67 l20 d4,4
d. M. y|cs|2||s|d1,2 l2E l20 d1,2 l2E l20 d4,4
EEE d. M. y|cs|||s|n68 l20 d1,2 l2E l20 d1,2 l2E l20 d4,4
d. MMMM|cs|||s|d1,2 l2E l20 n67
EEEE, d MMMM y\u{202F}'р'.|uk|0|202F|s|n69 l2C l20 d1,2 l20 n70 l20 d4,4 l202F l440 l2E
d MMMM y\u{202F}'р'.|uk|1|202F|s|d1,2 l20 n70 l20 d4,4 l202F l440 l2E
d MMM y\u{202F}'р'.|uk|2|202F|s|d1,2 l20 n71 l20 d4,4 l202F l440 l2E
EEE, d MMM y\u{202F}'р'.|uk||202F|s|n72 l2C l20 d1,2 l20 n71 l20 d4,4 l202F l440 l2E
EEE, dd.MM.y|uk|||s|n72 l2C l20 d2,2 l2E d2,2 l2E d4,4
d MMM|uk|||s|d1,2 l20 n71
d MMMM|uk|||s|d1,2 l20 n70
y年M月d日 EEEE|zh_Hant|0||s|d4,4 l5E74 d1,2 l6708 d1,2 l65E5 l20 n4
y年M月d日 EEE|zh_Hant|||s|d4,4 l5E74 d1,2 l6708 d1,2 l65E5 l20 n73
y/M/d\u{FF08}EEE\u{FF09}|zh_Hant|||s|d4,4 l2F d1,2 l2F d1,2 lFF08 n73 lFF09
EEEE, d MMMM, y|vi|0||s|n74 l2C l20 d1,2 l20 n75 l2C l20 d4,4
d MMMM, y|vi|1||s|d1,2 l20 n75 l2C l20 d4,4
d MMM, y|vi|2||s|d1,2 l20 n76 l2C l20 d4,4
EEE, d MMM, y|vi|||s|n77 l2C l20 d1,2 l20 n76 l2C l20 d4,4
EEE, dd/M/y|vi|||s|n77 l2C l20 d2,2 l2F d1,2 l2F d4,4
d MMM|vi|||s|d1,2 l20 n76
d MMMM|vi|||s|d1,2 l20 n75
EEEE, dd MMMM y|id|0||s|n78 l2C l20 d2,2 l20 n79 l20 d4,4
d MMMM y|id|1||s|d1,2 l20 n79 l20 d4,4
d MMM y|id|2||s|d1,2 l20 n80 l20 d4,4
EEE, d MMM y|id|||s|n81 l2C l20 d1,2 l20 n80 l20 d4,4
EEEE, d MMMM y|id|||s|n78 l2C l20 d1,2 l20 n79 l20 d4,4
EEE, d/M/y|id|||s|n81 l2C l20 d1,2 l2F d1,2 l2F d4,4
d MMM|id|||s|d1,2 l20 n80
d MMMM|id|||s|d1,2 l20 n79
EEEE dd MMMM y|af|0||s|n82 l20 d2,2 l20 n83 l20 d4,4
dd MMMM y|af|1||s|d2,2 l20 n83 l20 d4,4
dd MMM y|af|2||s|d2,2 l20 n84 l20 d4,4
d MMM y|af|||s|d1,2 l20 n84 l20 d4,4
EEE d MMM y|af|||s|n85 l20 d1,2 l20 n84 l20 d4,4
EEEE d MMMM y|af|||s|n82 l20 d1,2 l20 n83 l20 d4,4
d MMMM y|af|||s|d1,2 l20 n83 l20 d4,4
EEE y-MM-dd|af|||s|n85 l20 d4,4 l2D d2,2 l2D d2,2
EEEE d MMMM y|agq|0||s|n86 l20 d1,2 l20 n87 l20 d4,4
d MMMM y|agq|1||s|d1,2 l20 n87 l20 d4,4
d MMM, y|agq|2||s|d1,2 l20 n88 l2C l20 d4,4
d MMM y|agq|||s|d1,2 l20 n88 l20 d4,4
EEE d MMM y|agq|||s|n89 l20 d1,2 l20 n88 l20 d4,4
EEE d/M/y|agq|||s|n89 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, y MMMM dd|ak|0||s|n90 l2C l20 d4,4 l20 n91 l20 d2,2
y MMMM d|ak|1||s|d4,4 l20 n91 l20 d1,2
y MMM d|ak|2||s|d4,4 l20 n92 l20 d1,2
EEE, MMM d, y|ak|||s|n93 l2C l20 n92 l20 d1,2 l2C l20 d4,4
EEEE, y MMMM d|ak|||s|n90 l2C l20 d4,4 l20 n91 l20 d1,2
EEE, M/d/y|ak|||s|n93 l2C l20 d1,2 l2F d1,2 l2F d4,4
y MMMM d, EEEE|am|0||s|d4,4 l20 n94 l20 d1,2 l2C l20 n95
d MMMM y|am|1||s|d1,2 l20 n94 l20 d4,4
d MMM y|am|2||s|d1,2 l20 n96 l20 d4,4
EEE\u{1363} MMM d y|am|||s|n97 l1363 l20 n96 l20 d1,2 l20 d4,4
EEE\u{1363} d/M/y|am|||s|n97 l1363 l20 d1,2 l2F d1,2 l2F d4,4
EEEE\u{60C} d MMMM y|ar|0||sz660|n98 l60C l20 d1,2 l20 n99 l20 d4,4
d MMMM y|ar|1||sz660|d1,2 l20 n99 l20 d4,4
dd\u{200F}/MM\u{200F}/y|ar|2||sz660|d2,2 l200F l2F d2,2 l200F l2F d4,4
d\u{200F}/M\u{200F}/y|ar|3||sz660|d1,2 l200F l2F d1,2 l200F l2F d4,4
d MMM y|ar|||sz660|d1,2 l20 n99 l20 d4,4
EEE\u{60C} d MMM y|ar|||sz660|n98 l60C l20 d1,2 l20 n99 l20 d4,4
EEE\u{60C} d\u{200F}/M\u{200F}/y|ar|||sz660|n98 l60C l20 d1,2 l200F l2F d1,2 l200F l2F d4,4
EEEE\u{60C} d MMMM y|ar_AE|0||s|n98 l60C l20 d1,2 l20 n99 l20 d4,4
d MMMM y|ar_AE|1||s|d1,2 l20 n99 l20 d4,4
dd\u{200F}/MM\u{200F}/y|ar_AE|2||s|d2,2 l200F l2F d2,2 l200F l2F d4,4
d\u{200F}/M\u{200F}/y|ar_AE|3||s|d1,2 l200F l2F d1,2 l200F l2F d4,4
d MMM y|ar_AE|||s|d1,2 l20 n99 l20 d4,4
EEE\u{60C} d MMM y|ar_AE|||s|n98 l60C l20 d1,2 l20 n99 l20 d4,4
EEE\u{60C} d\u{200F}/M\u{200F}/y|ar_AE|||s|n98 l60C l20 d1,2 l200F l2F d1,2 l200F l2F d4,4
EEEE\u{60C} d MMMM y|ar_DZ|0||s|n98 l60C l20 d1,2 l20 n100 l20 d4,4
d MMMM y|ar_DZ|1||s|d1,2 l20 n100 l20 d4,4
d MMM y|ar_DZ|||s|d1,2 l20 n100 l20 d4,4
EEE\u{60C} d MMM y|ar_DZ|||s|n98 l60C l20 d1,2 l20 n100 l20 d4,4
EEEE\u{60C} d MMMM y|ar_IQ|0||sz660|n98 l60C l20 d1,2 l20 n101 l20 d4,4
d MMMM y|ar_IQ|1||sz660|d1,2 l20 n101 l20 d4,4
d MMM y|ar_IQ|||sz660|d1,2 l20 n101 l20 d4,4
EEE\u{60C} d MMM y|ar_IQ|||sz660|n98 l60C l20 d1,2 l20 n101 l20 d4,4
EEEE\u{60C} d MMMM y|ar_MA|0||s|n98 l60C l20 d1,2 l20 n102 l20 d4,4
d MMMM y|ar_MA|1||s|d1,2 l20 n102 l20 d4,4
d MMM y|ar_MA|||s|d1,2 l20 n102 l20 d4,4
EEE\u{60C} d MMM y|ar_MA|||s|n98 l60C l20 d1,2 l20 n102 l20 d4,4
EEEE\u{60C} d MMMM y|ar_MR|0||sz660|n98 l60C l20 d1,2 l20 n103 l20 d4,4
d MMMM y|ar_MR|1||sz660|d1,2 l20 n103 l20 d4,4
d MMM y|ar_MR|||sz660|d1,2 l20 n103 l20 d4,4
EEE\u{60C} d MMM y|ar_MR|||sz660|n98 l60C l20 d1,2 l20 n103 l20 d4,4
EEEE\u{60C} d MMMM y G|ar_SA|0||z660|n98 l60C l20 d1,2 l20 n104 l20 d4,4 l20 l647 l640
d MMMM y G|ar_SA|1||z660|d1,2 l20 n104 l20 d4,4 l20 l647 l640
d MMM y G|ar_SA|2||z660|d1,2 l20 n104 l20 d4,4 l20 l647 l640
d\u{200F}/M\u{200F}/y GGGGG|ar_SA|3||z660|d1,2 l200F l2F d1,2 l200F l2F d4,4 l20 l647 l640
d\u{200F}/M\u{200F}/y G|ar_SA|||z660|d1,2 l200F l2F d1,2 l200F l2F d4,4 l20 l647 l640
EEE\u{60C} d MMM y G|ar_SA|||z660|n98 l60C l20 d1,2 l20 n104 l20 d4,4 l20 l647 l640
EEE\u{60C} d\u{200F}/M\u{200F}/y G|ar_SA|||z660|n98 l60C l20 d1,2 l200F l2F d1,2 l200F l2F d4,4 l20 l647 l640
EEEE, d MMMM, y|as|0||sz9E6|n105 l2C l20 d1,2 l20 n106 l2C l20 d4,4
d MMMM, y|as|1||sz9E6|d1,2 l20 n106 l2C l20 d4,4
dd-MM-y|as|2||sz9E6|d2,2 l2D d2,2 l2D d4,4
d-M-y|as|3||sz9E6|d1,2 l2D d1,2 l2D d4,4
d MMM y|as|||sz9E6|d1,2 l20 n107 l20 d4,4
EEE, d MMM y|as|||sz9E6|n108 l2C l20 d1,2 l20 n107 l20 d4,4
EEE, dd-MM-y|as|||sz9E6|n108 l2C l20 d2,2 l2D d2,2 l2D d4,4
EEEE, d MMMM y|asa|0||s|n109 l2C l20 d1,2 l20 n110 l20 d4,4
d MMMM y|asa|1||s|d1,2 l20 n110 l20 d4,4
d MMM y|asa|2||s|d1,2 l20 n111 l20 d4,4
EEE, MMM d, y|asa|||s|n112 l2C l20 n111 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|asa|||s|n112 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM 'de' y|ast|0||s|n113 l2C l20 d1,2 l20 n114 l20 l64 l65 l20 d4,4
d MMMM 'de' y|ast|1||s|d1,2 l20 n114 l20 l64 l65 l20 d4,4
d MMM y|ast|2||s|d1,2 l20 n115 l20 d4,4
EEE, d MMM y|ast|||s|n116 l2C l20 d1,2 l20 n115 l20 d4,4
EEE, d/M/y|ast|||s|n116 l2C l20 d1,2 l2F d1,2 l2F d4,4
d MMMM y, EEEE|az|0||s|d1,2 l20 n117 l20 d4,4 l2C l20 n118
d MMMM y|az|1||s|d1,2 l20 n117 l20 d4,4
d MMM y|az|2||s|d1,2 l20 n119 l20 d4,4
d MMM y, EEE|az|||s|d1,2 l20 n119 l20 d4,4 l2C l20 n120
dd.MM.y, EEE|az|||s|d2,2 l2E d2,2 l2E d4,4 l2C l20 n120
d MMMM y, EEEE|az_Cyrl|0||s|d1,2 l20 n121 l20 d4,4 l2C l20 n122
d MMMM y|az_Cyrl|1||s|d1,2 l20 n121 l20 d4,4
d MMM y|az_Cyrl|2||s|d1,2 l20 n123 l20 d4,4
d MMM y, EEE|az_Cyrl|||s|d1,2 l20 n123 l20 d4,4 l2C l20 n124
dd.MM.y, EEE|az_Cyrl|||s|d2,2 l2E d2,2 l2E d4,4 l2C l20 n124
EEEE d MMMM y|bas|0||s|n125 l20 d1,2 l20 n126 l20 d4,4
d MMMM y|bas|1||s|d1,2 l20 n126 l20 d4,4
d MMM, y|bas|2||s|d1,2 l20 n127 l2C l20 d4,4
d MMM y|bas|||s|d1,2 l20 n127 l20 d4,4
EEE d MMM y|bas|||s|n128 l20 d1,2 l20 n127 l20 d4,4
EEE d/M/y|bas|||s|n128 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y\u{202F}'г'.|be|0|202F|s|n129 l2C l20 d1,2 l20 n130 l20 d4,4 l202F l433 l2E
d MMMM y\u{202F}'г'.|be|1|202F|s|d1,2 l20 n130 l20 d4,4 l202F l433 l2E
d MMM y\u{202F}'г'.|be|2|202F|s|d1,2 l20 n131 l20 d4,4 l202F l433 l2E
d MMM y|be|||s|d1,2 l20 n131 l20 d4,4
EEE, d MMM y|be|||s|n132 l2C l20 d1,2 l20 n131 l20 d4,4
EEE, d.M.y|be|||s|n132 l2C l20 d1,2 l2E d1,2 l2E d4,4
EEEE, d MMMM y|bem|0||s|n133 l2C l20 d1,2 l20 n134 l20 d4,4
d MMMM y|bem|1||s|d1,2 l20 n134 l20 d4,4
d MMM y|bem|2||s|d1,2 l20 n135 l20 d4,4
EEE, MMM d, y|bem|||s|n133 l2C l20 n135 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|bem|||s|n133 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|bez|0||s|n136 l2C l20 d1,2 l20 n137 l20 d4,4
d MMMM y|bez|1||s|d1,2 l20 n137 l20 d4,4
d MMM y|bez|2||s|d1,2 l20 n138 l20 d4,4
EEE, MMM d, y|bez|||s|n139 l2C l20 n138 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|bez|||s|n139 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y\u{202F}'г'.|bg|0|202F|s|n140 l2C l20 d1,2 l20 n141 l20 d4,4 l202F l433 l2E
d MMMM y\u{202F}'г'.|bg|1|202F|s|d1,2 l20 n141 l20 d4,4 l202F l433 l2E
d.MM.y\u{202F}'г'.|bg|2|202F|s|d1,2 l2E d2,2 l2E d4,4 l202F l433 l2E
EEE, d.MM.y\u{202F}'г'.|bg||202F|s|n72 l2C l20 d1,2 l2E d2,2 l2E d4,4 l202F l433 l2E
y MMMM d, EEEE|bgc|0||sz966|d4,4 l20 n142 l20 d1,2 l2C l20 n143
y MMMM d|bgc|1||sz966|d4,4 l20 n142 l20 d1,2
y MMM d|bgc|2||sz966|d4,4 l20 n142 l20 d1,2
y-MM-dd|bgc|3||sz966|d4,4 l2D d2,2 l2D d2,2
y-M-d|bgc|||sz966|d4,4 l2D d1,2 l2D d1,2
y MMM d, EEE|bgc|||sz966|d4,4 l20 n142 l20 d1,2 l2C l20 n143
y-MM-dd, EEE|bgc|||sz966|d4,4 l2D d2,2 l2D d2,2 l2C l20 n143
y MMMM d, EEEE|bho|0||sz966|d4,4 l20 n144 l20 d1,2 l2C l20 n145
y MMMM d|bho|1||sz966|d4,4 l20 n144 l20 d1,2
y MMM d|bho|2||sz966|d4,4 l20 n144 l20 d1,2
y MMM d, EEE|bho|||sz966|d4,4 l20 n144 l20 d1,2 l2C l20 n145
y-MM-dd, EEE|bho|||sz966|d4,4 l2D d2,2 l2D d2,2 l2C l20 n145
EEEE d MMMM y|bm|0||s|n146 l20 d1,2 l20 n147 l20 d4,4
d MMMM y|bm|1||s|d1,2 l20 n147 l20 d4,4
d MMM, y|bm|2||s|d1,2 l20 n148 l2C l20 d4,4
d MMM y|bm|||s|d1,2 l20 n148 l20 d4,4
EEE d MMM y|bm|||s|n149 l20 d1,2 l20 n148 l20 d4,4
EEE d/M/y|bm|||s|n149 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM, y|bn|0||sz9E6|n150 l2C l20 d1,2 l20 n151 l2C l20 d4,4
d MMMM, y|bn|1||sz9E6|d1,2 l20 n151 l2C l20 d4,4
d MMM, y|bn|2||sz9E6|d1,2 l20 n152 l2C l20 d4,4
d/M/yy|bn|3||z9E6|d1,2 l2F d1,2 l2F d2,2
d/M/y|bn|||sz9E6|d1,2 l2F d1,2 l2F d4,4
EEE, d MMM, y|bn|||sz9E6|n153 l2C l20 d1,2 l20 n152 l2C l20 d4,4
EEE, d/M/y|bn|||sz9E6|n153 l2C l20 d1,2 l2F d1,2 l2F d4,4
d MMM, y|bn_IN|2||sz9E6|d1,2 l20 n154 l2C l20 d4,4
EEE, d MMM, y|bn_IN|||sz9E6|n153 l2C l20 d1,2 l20 n154 l2C l20 d4,4
y MMMMའ\u{F72}\u{F0B}ཚ\u{F7A}ས\u{F0B}d, EEEE|bo|0||s|d4,4 l20 n155 lF60 lF72 lF0B lF5A lF7A lF66 lF0B d1,2 l2C l20 n156
ས\u{FA4}\u{FB1}\u{F72}\u{F0B}ལ\u{F7C}\u{F0B}y MMMMའ\u{F72}\u{F0B}ཚ\u{F7A}ས\u{F0B}d|bo|1||s|lF66 lFA4 lFB1 lF72 lF0B lF63 lF7C lF0B d4,4 l20 n155 lF60 lF72 lF0B lF5A lF7A lF66 lF0B d1,2
y ལ\u{F7C}འ\u{F72}\u{F0B}MMMཚ\u{F7A}ས\u{F0B}d|bo|2||s|d4,4 l20 lF63 lF7C lF60 lF72 lF0B n157 lF5A lF7A lF66 lF0B d1,2
y MMM d, EEE|bo|||s|d4,4 l20 n157 l20 d1,2 l2C l20 n158
y-MM-dd, EEE|bo|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n158
EEEE d MMMM y|br|0||s|n159 l20 d1,2 l20 n160 l20 d4,4
d MMMM y|br|1||s|d1,2 l20 n160 l20 d4,4
d MMM y|br|2||s|d1,2 l20 n161 l20 d4,4
EEE d MMM y|br|||s|n162 l20 d1,2 l20 n161 l20 d4,4
EEE dd/MM/y|br|||s|n162 l20 d2,2 l2F d2,2 l2F d4,4
d MMMM y, EEEE|brx|0||s|d1,2 l20 n163 l20 d4,4 l2C l20 n164
d MMMM, y|brx|1||s|d1,2 l20 n163 l2C l20 d4,4
d MMM, y|brx|2||s|d1,2 l20 n165 l2C l20 d4,4
d MMM y|brx|||s|d1,2 l20 n165 l20 d4,4
EEE, MMM d, y|brx|||s|n166 l2C l20 n165 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|brx|||s|n166 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d. MMMM y.|bs|0||s|n167 l2C l20 d1,2 l2E l20 n168 l20 d4,4 l2E
d. MMMM y.|bs|1||s|d1,2 l2E l20 n168 l20 d4,4 l2E
d. MMM y.|bs|2||s|d1,2 l2E l20 n169 l20 d4,4 l2E
d. M. y.|bs|3||s|d1,2 l2E l20 d1,2 l2E l20 d4,4 l2E
d.M.y.|bs|||s|d1,2 l2E d1,2 l2E d4,4 l2E
EEE, d. MMM y.|bs|||s|n170 l2C l20 d1,2 l2E l20 n169 l20 d4,4 l2E
EEE, d.M.y.|bs|||s|n170 l2C l20 d1,2 l2E d1,2 l2E d4,4 l2E
EEEE, dd. MMMM y.|bs_Cyrl|0||s|n171 l2C l20 d2,2 l2E l20 n172 l20 d4,4 l2E
dd. MMMM y.|bs_Cyrl|1||s|d2,2 l2E l20 n172 l20 d4,4 l2E
dd.MM.y.|bs_Cyrl|2||s|d2,2 l2E d2,2 l2E d4,4 l2E
dd. MMM y.|bs_Cyrl|||s|d2,2 l2E l20 n173 l20 d4,4 l2E
EEE, dd. MMM y.|bs_Cyrl|||s|n174 l2C l20 d2,2 l2E l20 n173 l20 d4,4 l2E
EEEE, d. MMMM y.|bs_Cyrl|||s|n171 l2C l20 d1,2 l2E l20 n172 l20 d4,4 l2E
d. MMMM y.|bs_Cyrl|||s|d1,2 l2E l20 n172 l20 d4,4 l2E
EEE, dd.MM.y.|bs_Cyrl|||s|n174 l2C l20 d2,2 l2E d2,2 l2E d4,4 l2E
EEEE, d MMMM 'de' y|ca|0||s|n175 l2C l20 d1,2 l20 n176 l20 l64 l65 l20 d4,4
d MMMM 'de' y|ca|1||s|d1,2 l20 n176 l20 l64 l65 l20 d4,4
d MMM y|ca|2||s|d1,2 l20 n177 l20 d4,4
d MMM 'de' y|ca|||s|d1,2 l20 n177 l20 l64 l65 l20 d4,4
EEE, d MMM y|ca|||s|n178 l2C l20 d1,2 l20 n177 l20 d4,4
EEE, d/M/y|ca|||s|n178 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM, y|ccp|0||sz11136|n179 l2C l20 d1,2 l20 n180 l2C l20 d4,4
d MMMM, y|ccp|1||sz11136|d1,2 l20 n180 l2C l20 d4,4
d MMM, y|ccp|2||sz11136|d1,2 l20 n181 l2C l20 d4,4
d/M/yy|ccp|3||z11136|d1,2 l2F d1,2 l2F d2,2
d/M/y|ccp|||sz11136|d1,2 l2F d1,2 l2F d4,4
EEE, d MMM, y|ccp|||sz11136|n182 l2C l20 d1,2 l20 n181 l2C l20 d4,4
EEE, d/M/y|ccp|||sz11136|n182 l2C l20 d1,2 l2F d1,2 l2F d4,4
y MMMM d, EEEE|ce|0||s|d4,4 l20 n183 l20 d1,2 l2C l20 n184
y MMMM d|ce|1||s|d4,4 l20 n183 l20 d1,2
y MMM d|ce|2||s|d4,4 l20 n185 l20 d1,2
y MMM d, EEE|ce|||s|d4,4 l20 n185 l20 d1,2 l2C l20 n186
y-MM-dd, EEE|ce|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n186
EEEE, MMMM d, y|ceb|0||s|n187 l2C l20 n188 l20 d1,2 l2C l20 d4,4
MMMM d, y|ceb|1||s|n188 l20 d1,2 l2C l20 d4,4
MMM d, y|ceb|2||s|n189 l20 d1,2 l2C l20 d4,4
EEE, MMM d, y|ceb|||s|n190 l2C l20 n189 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|ceb|||s|n190 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|cgg|0||s|n191 l2C l20 d1,2 l20 n192 l20 d4,4
d MMMM y|cgg|1||s|d1,2 l20 n192 l20 d4,4
d MMM y|cgg|2||s|d1,2 l20 n193 l20 d4,4
EEE, MMM d, y|cgg|||s|n194 l2C l20 n193 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|cgg|||s|n194 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, MMMM d, y|chr|0||s|n195 l2C l20 n196 l20 d1,2 l2C l20 d4,4
MMMM d, y|chr|1||s|n196 l20 d1,2 l2C l20 d4,4
MMM d, y|chr|2||s|n197 l20 d1,2 l2C l20 d4,4
EEE, MMM d, y|chr|||s|n198 l2C l20 n197 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|chr|||s|n198 l2C l20 d1,2 l2F d1,2 l2F d4,4
y MMMM d, EEEE|ckb|0||sz660|d4,4 l20 n199 l20 d1,2 l2C l20 n200
dی MMMMی y|ckb|1||sz660|d1,2 l6CC l20 n199 l6CC l20 d4,4
y MMM d|ckb|2||sz660|d4,4 l20 n199 l20 d1,2
y-MM-dd|ckb|3||sz660|d4,4 l2D d2,2 l2D d2,2
d/M/y|ckb|||sz660|d1,2 l2F d1,2 l2F d4,4
dی MMMی y|ckb|||sz660|d1,2 l6CC l20 n199 l6CC l20 d4,4
EEE\u{60C} dی MMMی y|ckb|||sz660|n200 l60C l20 d1,2 l6CC l20 n199 l6CC l20 d4,4
EEE\u{60C} d/M/y|ckb|||sz660|n200 l60C l20 d1,2 l2F d1,2 l2F d4,4
G y MMMM d, EEEE|ckb_IR|0||z660|l41 l50 l20 d4,4 l20 n201 l20 d1,2 l2C l20 n200
dی MMMMی y G|ckb_IR|1||z660|d1,2 l6CC l20 n201 l6CC l20 d4,4 l20 l41 l50
G y MMM d|ckb_IR|2||z660|l41 l50 l20 d4,4 l20 n201 l20 d1,2
GGGGG y-MM-dd|ckb_IR|3||z660|l41 l50 l20 d4,4 l2D d2,2 l2D d2,2
d/M/y|ckb_IR|||z660|d1,2 l2F d1,2 l2F d4,4
dی MMMی y|ckb_IR|||z660|d1,2 l6CC l20 n201 l6CC l20 d4,4
EEE\u{60C} dی MMMی y|ckb_IR|||z660|n200 l60C l20 d1,2 l6CC l20 n201 l6CC l20 d4,4
EEEE\u{60C} dی MMMMی y|ckb_IR|||z660|n200 l60C l20 d1,2 l6CC l20 n201 l6CC l20 d4,4
dی MMMMی y|ckb_IR|||z660|d1,2 l6CC l20 n201 l6CC l20 d4,4
EEEE, d MMMM y\u{202F}'ҫ'.|cv|0|202F|s|n202 l2C l20 d1,2 l20 n203 l20 d4,4 l202F l4AB l2E
d MMMM y\u{202F}'ҫ'.|cv|1|202F|s|d1,2 l20 n203 l20 d4,4 l202F l4AB l2E
d MMM y\u{202F}'ҫ'.|cv|2|202F|s|d1,2 l20 n204 l20 d4,4 l202F l4AB l2E
EEE, d MMM y\u{202F}'ҫ'.|cv||202F|s|n205 l2C l20 d1,2 l20 n204 l20 d4,4 l202F l4AB l2E
ccc, dd.MM.y\u{202F}'ҫ'.|cv||202F|s|n205 l2C l20 d2,2 l2E d2,2 l2E d4,4 l202F l4AB l2E
EEEE, d MMMM y|cy|0||s|n206 l2C l20 d1,2 l20 n207 l20 d4,4
d MMMM y|cy|1||s|d1,2 l20 n207 l20 d4,4
d MMM y|cy|2||s|d1,2 l20 n208 l20 d4,4
EEE, d MMM y|cy|||s|n209 l2C l20 d1,2 l20 n208 l20 d4,4
EEE, d/M/y|cy|||s|n209 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|dav|0||s|n210 l2C l20 d1,2 l20 n211 l20 d4,4
d MMMM y|dav|1||s|d1,2 l20 n211 l20 d4,4
d MMM y|dav|2||s|d1,2 l20 n212 l20 d4,4
EEE, MMM d, y|dav|||s|n213 l2C l20 n212 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|dav|||s|n213 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d. MMMM y|de_AT|0||s|n11 l2C l20 d1,2 l2E l20 n214 l20 d4,4
d. MMMM y|de_AT|1||s|d1,2 l2E l20 n214 l20 d4,4
d. MMM y|de_AT|||s|d1,2 l2E l20 n215 l20 d4,4
EEE, d. MMM y|de_AT|||s|n14 l2C l20 d1,2 l2E l20 n215 l20 d4,4
EEEE d MMMM y|dje|0||s|n216 l20 d1,2 l20 n217 l20 d4,4
d MMMM y|dje|1||s|d1,2 l20 n217 l20 d4,4
d MMM, y|dje|2||s|d1,2 l20 n218 l2C l20 d4,4
d MMM y|dje|||s|d1,2 l20 n218 l20 d4,4
EEE d MMM y|dje|||s|n219 l20 d1,2 l20 n218 l20 d4,4
EEE d/M/y|dje|||s|n219 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d, MMMM y|doi|0||s|n220 l2C l20 d1,2 l2C l20 n221 l20 d4,4
d, MMMM y|doi|1||s|d1,2 l2C l20 n221 l20 d4,4
d, MMM y|doi|2||s|d1,2 l2C l20 n222 l20 d4,4
EEE, d, MMM y|doi|||s|n223 l2C l20 d1,2 l2C l20 n222 l20 d4,4
EEE, d/M/y|doi|||s|n223 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d. MMMM y|dsb|0||s|n224 l2C l20 d1,2 l2E l20 n225 l20 d4,4
d. MMMM y|dsb|1||s|d1,2 l2E l20 n225 l20 d4,4
d. MMM y|dsb|||s|d1,2 l2E l20 n226 l20 d4,4
EEE, d. MMM y|dsb|||s|n227 l2C l20 d1,2 l2E l20 n226 l20 d4,4
EEE, d.M.y|dsb|||s|n227 l2C l20 d1,2 l2E d1,2 l2E d4,4
EEEE d MMMM y|dua|0||s|n228 l20 d1,2 l20 n229 l20 d4,4
d MMMM y|dua|1||s|d1,2 l20 n229 l20 d4,4
d MMM y|dua|2||s|d1,2 l20 n230 l20 d4,4
EEE d MMM y|dua|||s|n231 l20 d1,2 l20 n230 l20 d4,4
EEE d/M/y|dua|||s|n231 l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|dyo|0||s|n232 l20 d1,2 l20 n233 l20 d4,4
d MMMM y|dyo|1||s|d1,2 l20 n233 l20 d4,4
d MMM y|dyo|2||s|d1,2 l20 n234 l20 d4,4
EEE d MMM y|dyo|||s|n235 l20 d1,2 l20 n234 l20 d4,4
EEE d/M/y|dyo|||s|n235 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, ས\u{FA4}\u{FB1}\u{F72}\u{F0B}ལ\u{F7C}\u{F0B}y MMMM ཚ\u{F7A}ས\u{F0B}dd|dz|0||szF20|n236 l2C l20 lF66 lFA4 lFB1 lF72 lF0B lF63 lF7C lF0B d4,4 l20 n237 l20 lF5A lF7A lF66 lF0B d2,2
ས\u{FA4}\u{FB1}\u{F72}\u{F0B}ལ\u{F7C}\u{F0B}y MMMM ཚ\u{F7A}ས\u{F0B} dd|dz|1||szF20|lF66 lFA4 lFB1 lF72 lF0B lF63 lF7C lF0B d4,4 l20 n237 l20 lF5A lF7A lF66 lF0B l20 d2,2
y-MM-dd|dz|3||szF20|d4,4 l2D d2,2 l2D d2,2
y-M-d|dz|||szF20|d4,4 l2D d1,2 l2D d1,2
EEEE, ས\u{FA4}\u{FB1}\u{F72}\u{F0B}ལ\u{F7C}\u{F0B}y MMMM ཚ\u{F7A}ས\u{F0B}d|dz|||szF20|n236 l2C l20 lF66 lFA4 lFB1 lF72 lF0B lF63 lF7C lF0B d4,4 l20 n237 l20 lF5A lF7A lF66 lF0B d1,2
ས\u{FA4}\u{FB1}\u{F72}\u{F0B}ལ\u{F7C}\u{F0B}y MMMM ཚ\u{F7A}ས\u{F0B} d|dz|||szF20|lF66 lFA4 lFB1 lF72 lF0B lF63 lF7C lF0B d4,4 l20 n237 l20 lF5A lF7A lF66 lF0B l20 d1,2
EEE, y-M-d|dz|||szF20|n239 l2C l20 d4,4 l2D d1,2 l2D d1,2
EEEE, d MMMM y|ebu|0||s|n240 l2C l20 d1,2 l20 n241 l20 d4,4
d MMMM y|ebu|1||s|d1,2 l20 n241 l20 d4,4
d MMM y|ebu|2||s|d1,2 l20 n242 l20 d4,4
EEE, MMM d, y|ebu|||s|n243 l2C l20 n242 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|ebu|||s|n243 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, MMMM d 'lia' y|ee|0||s|n244 l2C l20 n245 l20 d1,2 l20 l6C l69 l61 l20 d4,4
MMMM d 'lia' y|ee|1||s|n245 l20 d1,2 l20 l6C l69 l61 l20 d4,4
MMM d 'lia', y|ee|2||s|n246 l20 d1,2 l20 l6C l69 l61 l2C l20 d4,4
EEE, MMM d, y|ee|||s|n247 l2C l20 n246 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|ee|||s|n247 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|el|0||s|n248 l20 d1,2 l20 n249 l20 d4,4
d MMMM y|el|1||s|d1,2 l20 n249 l20 d4,4
d MMM y|el|2||s|d1,2 l20 n250 l20 d4,4
EEE d MMM y|el|||s|n251 l20 d1,2 l20 n250 l20 d4,4
EEE d/M/y|el|||s|n251 l20 d1,2 l2F d1,2 l2F d4,4
dd MMM y|en_BE|2||s|d2,2 l20 n27 l20 d4,4
EEEE, dd MMMM y|en_BW|0||s|n2 l2C l20 d2,2 l20 n3 l20 d4,4
dd MMMM y|en_BW|1||s|d2,2 l20 n3 l20 d4,4
EEE, dd MMM y|en_BW|||s|n0 l2C l20 d2,2 l20 n27 l20 d4,4
EEE, dd.MM.y|en_CH|||s|n0 l2C l20 d2,2 l2E d2,2 l2E d4,4
EEE d MMM y|en_IE|||s|n0 l20 d1,2 l20 n27 l20 d4,4
EEE, y-MM-dd|en_SE|||s|n0 l2C l20 d4,4 l2D d2,2 l2D d2,2
EEE, y/MM/dd|en_ZA|||s|n0 l2C l20 d4,4 l2F d2,2 l2F d2,2
dd MMM,y|en_ZW|2||s|d2,2 l20 n27 l2C d4,4
dd MMM, y|en_ZW|||s|d2,2 l20 n27 l2C l20 d4,4
EEE, dd MMM, y|en_ZW|||s|n0 l2C l20 d2,2 l20 n27 l2C l20 d4,4
EEEE, d-'a' 'de' MMMM y|eo|0||s|n252 l2C l20 d1,2 l2D l61 l20 l64 l65 l20 n253 l20 d4,4
y-MMMM-dd|eo|1||s|d4,4 l2D n253 l2D d2,2
y-MMM-dd|eo|2||s|d4,4 l2D n254 l2D d2,2
y-MMM-d|eo|||s|d4,4 l2D n254 l2D d1,2
y MMM d, EEE|eo|||s|d4,4 l20 n254 l20 d1,2 l2C l20 n255
y-MMMM-d|eo|||s|d4,4 l2D n253 l2D d1,2
y-MM-dd, EEE|eo|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n255
EEE d/M/y|es_419|||s|n22 l20 d1,2 l2F d1,2 l2F d4,4
d 'de' MMM 'de' y|es_AR|||s|d1,2 l20 l64 l65 l20 n21 l20 l64 l65 l20 d4,4
d MMM 'de' y|es_BO|2||s|d1,2 l20 n21 l20 l64 l65 l20 d4,4
EEE dd-MM-y|es_CL|||s|n22 l20 d2,2 l2D d2,2 l2D d4,4
EEEE dd 'de' MMMM 'de' y|es_HN|0||s|n19 l20 d2,2 l20 l64 l65 l20 n20 l20 l64 l65 l20 d4,4
dd 'de' MMMM 'de' y|es_HN|1||s|d2,2 l20 l64 l65 l20 n20 l20 l64 l65 l20 d4,4
EEEE d 'de' MMMM 'de' y|es_HN|||s|n19 l20 d1,2 l20 l64 l65 l20 n20 l20 l64 l65 l20 d4,4
EEE, d 'de' MMM 'de' y|es_MX|||s|n22 l2C l20 d1,2 l20 l64 l65 l20 n21 l20 l64 l65 l20 d4,4
EEE MM/dd/y|es_PA|||s|n22 l20 d2,2 l2F d2,2 l2F d4,4
EEEE, d 'de' MMMM 'de' y|es_PE|0||s|n19 l2C l20 d1,2 l20 l64 l65 l20 n256 l20 l64 l65 l20 d4,4
d 'de' MMMM 'de' y|es_PE|1||s|d1,2 l20 l64 l65 l20 n256 l20 l64 l65 l20 d4,4
d MMM y|es_PE|2||s|d1,2 l20 n257 l20 d4,4
EEE, d MMM y|es_PE|||s|n22 l2C l20 d1,2 l20 n257 l20 d4,4
d MMM y|es_PY|2||s|d1,2 l20 n258 l20 d4,4
EEE, d MMM y|es_PY|||s|n22 l2C l20 d1,2 l20 n258 l20 d4,4
EEEE, d. MMMM y|et|0||s|n259 l2C l20 d1,2 l2E l20 n260 l20 d4,4
d. MMMM y|et|1||s|d1,2 l2E l20 n260 l20 d4,4
d. MMM y|et|2||s|d1,2 l2E l20 n261 l20 d4,4
EEE, d. MMMM y|et|||s|n262 l2C l20 d1,2 l2E l20 n260 l20 d4,4
EEE, d.M.y|et|||s|n262 l2C l20 d1,2 l2E d1,2 l2E d4,4
y('e')'ko' MMMM'ren' d('a'), EEEE|eu|0||s|d4,4 l28 l65 l29 l6B l6F l20 n263 l72 l65 l6E l20 d1,2 l28 l61 l29 l2C l20 n264
y('e')'ko' MMMM'ren' d('a')|eu|1||s|d4,4 l28 l65 l29 l6B l6F l20 n263 l72 l65 l6E l20 d1,2 l28 l61 l29
y('e')'ko' MMM d('a')|eu|2||s|d4,4 l28 l65 l29 l6B l6F l20 n265 l20 d1,2 l28 l61 l29
y MMM d('a')|eu|||s|d4,4 l20 n265 l20 d1,2 l28 l61 l29
y MMM d('a'), EEE|eu|||s|d4,4 l20 n265 l20 d1,2 l28 l61 l29 l2C l20 n266
y/M/d, EEE|eu|||s|d4,4 l2F d1,2 l2F d1,2 l2C l20 n266
EEEE d MMMM y|ewo|0||s|n267 l20 d1,2 l20 n268 l20 d4,4
d MMMM y|ewo|1||s|d1,2 l20 n268 l20 d4,4
d MMM y|ewo|2||s|d1,2 l20 n269 l20 d4,4
EEE d MMM y|ewo|||s|n270 l20 d1,2 l20 n269 l20 d4,4
EEE d/M/y|ewo|||s|n270 l20 d1,2 l2F d1,2 l2F d4,4
y MMMM d, EEEE|fa|0||z6F0|d4,4 l20 n271 l20 d1,2 l2C l20 n272
d MMMM y|fa|1||z6F0|d1,2 l20 n271 l20 d4,4
d MMM y|fa|2||z6F0|d1,2 l20 n271 l20 d4,4
y/M/d|fa|3||z6F0|d4,4 l2F d1,2 l2F d1,2
y MMM d, EEE|fa|||z6F0|d4,4 l20 n271 l20 d1,2 l2C l20 n272
EEE y/M/d|fa|||z6F0|n272 l20 d4,4 l2F d1,2 l2F d1,2
y MMMM d, EEEE|fa_AF|0||z6F0|d4,4 l20 n273 l20 d1,2 l2C l20 n272
d MMMM y|fa_AF|1||z6F0|d1,2 l20 n273 l20 d4,4
EEEE d MMMM y|ff|0||s|n274 l20 d1,2 l20 n275 l20 d4,4
d MMMM y|ff|1||s|d1,2 l20 n275 l20 d4,4
d MMM, y|ff|2||s|d1,2 l20 n276 l2C l20 d4,4
d MMM y|ff|||s|d1,2 l20 n276 l20 d4,4
EEE d MMM y|ff|||s|n277 l20 d1,2 l20 n276 l20 d4,4
EEE d/M/y|ff|||s|n277 l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM\u{2E41} y|ff_Adlm|0||sz1E950|n278 l20 d1,2 l20 n279 l2E41 l20 d4,4
d MMMM\u{2E41} y|ff_Adlm|1||sz1E950|d1,2 l20 n279 l2E41 l20 d4,4
d MMM\u{2E41} y|ff_Adlm|2||sz1E950|d1,2 l20 n279 l2E41 l20 d4,4
d-M-y|ff_Adlm|3||sz1E950|d1,2 l2D d1,2 l2D d4,4
EEE\u{2E41} d MMM\u{2E41} y|ff_Adlm|||sz1E950|n280 l2E41 l20 d1,2 l20 n279 l2E41 l20 d4,4
EEE\u{2E41} d-M-y|ff_Adlm|||sz1E950|n280 l2E41 l20 d1,2 l2D d1,2 l2D d4,4
EEEE, MMMM d, y|fil|0||s|n281 l2C l20 n188 l20 d1,2 l2C l20 d4,4
EEE, MMM d, y|fil|||s|n282 l2C l20 n189 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|fil|||s|n282 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d. MMMM y|fo|0||s|n283 l2C l20 d1,2 l2E l20 n284 l20 d4,4
d. MMMM y|fo|1||s|d1,2 l2E l20 n284 l20 d4,4
EEE d. MMM y|fo|||s|n285 l20 d1,2 l2E l20 n59 l20 d4,4
EEE dd.MM.y|fo|||s|n285 l20 d2,2 l2E d2,2 l2E d4,4
d MMM y|fr_CA|2||s|d1,2 l20 n286 l20 d4,4
EEE d MMM y|fr_CA|||s|n18 l20 d1,2 l20 n286 l20 d4,4
EEE y-MM-dd|fr_CA|||s|n18 l20 d4,4 l2D d2,2 l2D d2,2
EEEE, d MMMM y|fr_CH|0||s|n15 l2C l20 d1,2 l20 n16 l20 d4,4
EEE, dd.MM.y|fr_CH|||s|n18 l2C l20 d2,2 l2E d2,2 l2E d4,4
d MMM y|fr_MA|2||s|d1,2 l20 n287 l20 d4,4
EEE d MMM y|fr_MA|||s|n18 l20 d1,2 l20 n287 l20 d4,4
EEEE d 'di' MMMM 'dal' y|fur|0||s|n288 l20 d1,2 l20 l64 l69 l20 n289 l20 l64 l61 l6C l20 d4,4
d 'di' MMMM 'dal' y|fur|1||s|d1,2 l20 l64 l69 l20 n289 l20 l64 l61 l6C l20 d4,4
y MMM d|fur|||s|d4,4 l20 n290 l20 d1,2
EEE d MMM y|fur|||s|n291 l20 d1,2 l20 n290 l20 d4,4
EEE, d/M/y|fur|||s|n291 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|fy|0||s|n292 l20 d1,2 l20 n293 l20 d4,4
d MMMM y|fy|1||s|d1,2 l20 n293 l20 d4,4
d MMM y|fy|2||s|d1,2 l20 n294 l20 d4,4
EEE d MMM y|fy|||s|n295 l20 d1,2 l20 n294 l20 d4,4
EEE d-M-y|fy|||s|n295 l20 d1,2 l2D d1,2 l2D d4,4
EEEE d MMMM y|ga|0||s|n296 l20 d1,2 l20 n297 l20 d4,4
d MMMM y|ga|1||s|d1,2 l20 n297 l20 d4,4
d MMM y|ga|2||s|d1,2 l20 n298 l20 d4,4
EEE d MMM y|ga|||s|n299 l20 d1,2 l20 n298 l20 d4,4
EEE dd/MM/y|ga|||s|n299 l20 d2,2 l2F d2,2 l2F d4,4
EEEE, d'mh' MMMM y|gd|0||s|n300 l2C l20 d1,2 l6D l68 l20 n301 l20 d4,4
d'mh' MMMM y|gd|1||s|d1,2 l6D l68 l20 n301 l20 d4,4
d MMM y|gd|2||s|d1,2 l20 n302 l20 d4,4
EEE, d MMM y|gd|||s|n303 l2C l20 d1,2 l20 n302 l20 d4,4
EEE, d/M/y|gd|||s|n303 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d 'de' MMMM 'de' y|gl|0||s|n304 l2C l20 d1,2 l20 l64 l65 l20 n305 l20 l64 l65 l20 d4,4
d 'de' MMMM 'de' y|gl|1||s|d1,2 l20 l64 l65 l20 n305 l20 l64 l65 l20 d4,4
d 'de' MMM 'de' y|gl|2||s|d1,2 l20 l64 l65 l20 n306 l20 l64 l65 l20 d4,4
EEE, d 'de' MMM 'de' y|gl|||s|n307 l2C l20 d1,2 l20 l64 l65 l20 n306 l20 l64 l65 l20 d4,4
EEE, d/M/y|gl|||s|n307 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d. MMMM y|gsw|0||s|n308 l2C l20 d1,2 l2E l20 n309 l20 d4,4
d. MMMM y|gsw|1||s|d1,2 l2E l20 n309 l20 d4,4
y MMM d|gsw|||s|d4,4 l20 n310 l20 d1,2
EEE, d. MMM y|gsw|||s|n311 l2C l20 d1,2 l2E l20 n310 l20 d4,4
EEE, y-M-d|gsw|||s|n311 l2C l20 d4,4 l2D d1,2 l2D d1,2
EEEE, d MMMM, y|gu|0||s|n312 l2C l20 d1,2 l20 n313 l2C l20 d4,4
d MMMM, y|gu|1||s|d1,2 l20 n313 l2C l20 d4,4
d MMM, y|gu|2||s|d1,2 l20 n314 l2C l20 d4,4
EEE, d MMM, y|gu|||s|n315 l2C l20 d1,2 l20 n314 l2C l20 d4,4
EEE, d/M/y|gu|||s|n315 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|guz|0||s|n316 l2C l20 d1,2 l20 n317 l20 d4,4
d MMMM y|guz|1||s|d1,2 l20 n317 l20 d4,4
d MMM y|guz|2||s|d1,2 l20 n318 l20 d4,4
EEE, MMM d, y|guz|||s|n319 l2C l20 n318 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|guz|||s|n319 l2C l20 d1,2 l2F d1,2 l2F d4,4
y MMMM d, EEEE|gv|0||s|d4,4 l20 n320 l20 d1,2 l2C l20 n321
y MMMM d|gv|1||s|d4,4 l20 n320 l20 d1,2
y MMM d|gv|2||s|d4,4 l20 n322 l20 d1,2
y MMM d, EEE|gv|||s|d4,4 l20 n322 l20 d1,2 l2C l20 n323
y-MM-dd, EEE|gv|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n323
EEEE d MMMM, y|ha|0||s|n324 l20 d1,2 l20 n325 l2C l20 d4,4
d MMMM, y|ha|1||s|d1,2 l20 n325 l2C l20 d4,4
d MMM, y|ha|2||s|d1,2 l20 n326 l2C l20 d4,4
y MMM d, EEE|ha|||s|d4,4 l20 n326 l20 d1,2 l2C l20 n327
EEE, M/d/y|ha|||s|n327 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|haw|0||s|n328 l2C l20 d1,2 l20 n329 l20 d4,4
d MMMM y|haw|1||s|d1,2 l20 n329 l20 d4,4
d MMM y|haw|2||s|d1,2 l20 n330 l20 d4,4
EEE, d MMM y|haw|||s|n331 l2C l20 d1,2 l20 n330 l20 d4,4
EEE, d/M/y|haw|||s|n331 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d בMMMM y|he|0||s|n332 l2C l20 d1,2 l20 l5D1 n333 l20 d4,4
d בMMMM y|he|1||s|d1,2 l20 l5D1 n333 l20 d4,4
d בMMM y|he|2||s|d1,2 l20 l5D1 n334 l20 d4,4
EEE, d בMMM y|he|||s|n335 l2C l20 d1,2 l20 l5D1 n334 l20 d4,4
EEE, d.M.y|he|||s|n335 l2C l20 d1,2 l2E d1,2 l2E d4,4
EEEE, d MMMM y|hi|0||s|n336 l2C l20 d1,2 l20 n337 l20 d4,4
d MMMM y|hi|1||s|d1,2 l20 n337 l20 d4,4
d MMM y|hi|2||s|d1,2 l20 n338 l20 d4,4
EEE, d MMM y|hi|||s|n339 l2C l20 d1,2 l20 n338 l20 d4,4
EEE, d/M/y|hi|||s|n339 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM, y|hi_Latn|0||s|n340 l2C l20 d1,2 l20 n3 l2C l20 d4,4
d MMMM, y|hi_Latn|1||s|d1,2 l20 n3 l2C l20 d4,4
dd MMM, y|hi_Latn|2||s|d2,2 l20 n1 l2C l20 d4,4
d MMM, y|hi_Latn|||s|d1,2 l20 n1 l2C l20 d4,4
EEE, d MMM, y|hi_Latn|||s|n341 l2C l20 d1,2 l20 n1 l2C l20 d4,4
EEE, d/M/y|hi_Latn|||s|n341 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d. MMMM y.|hr|0||s|n167 l2C l20 d1,2 l2E l20 n342 l20 d4,4 l2E
d. MMMM y.|hr|1||s|d1,2 l2E l20 n342 l20 d4,4 l2E
d. MMM y.|hr|2||s|d1,2 l2E l20 n343 l20 d4,4 l2E
dd. MM. y.|hr|3||s|d2,2 l2E l20 d2,2 l2E l20 d4,4 l2E
EEE, d. MMM y.|hr|||s|n170 l2C l20 d1,2 l2E l20 n343 l20 d4,4 l2E
EEE, dd. MM. y.|hr|||s|n170 l2C l20 d2,2 l2E l20 d2,2 l2E l20 d4,4 l2E
EEEE, d. MMMM y|hsb|0||s|n344 l2C l20 d1,2 l2E l20 n345 l20 d4,4
d. MMMM y|hsb|1||s|d1,2 l2E l20 n345 l20 d4,4
d. MMM y|hsb|||s|d1,2 l2E l20 n346 l20 d4,4
EEE, d. MMM y|hsb|||s|n347 l2C l20 d1,2 l2E l20 n346 l20 d4,4
EEE, d.M.y|hsb|||s|n347 l2C l20 d1,2 l2E d1,2 l2E d4,4
y. MMMM d., EEEE|hu|0||s|d4,4 l2E l20 n348 l20 d1,2 l2E l2C l20 n349
y. MMMM d.|hu|1||s|d4,4 l2E l20 n348 l20 d1,2 l2E
y. MMM d.|hu|2||s|d4,4 l2E l20 n350 l20 d1,2 l2E
y. MM. dd.|hu|3||s|d4,4 l2E l20 d2,2 l2E l20 d2,2 l2E
y. MMM d., EEE|hu|||s|d4,4 l2E l20 n350 l20 d1,2 l2E l2C l20 n351
y. MM. dd., EEE|hu|||s|d4,4 l2E l20 d2,2 l2E l20 d2,2 l2E l2C l20 n351
y թ. MMMM d, EEEE|hy|0||s|d4,4 l20 l569 l2E l20 n352 l20 d1,2 l2C l20 n353
dd MMMM, y թ.|hy|1||s|d2,2 l20 n352 l2C l20 d4,4 l20 l569 l2E
dd MMM, y թ.|hy|2||s|d2,2 l20 n354 l2C l20 d4,4 l20 l569 l2E
d MMM, y թ.|hy|||s|d1,2 l20 n354 l2C l20 d4,4 l20 l569 l2E
y թ. MMM d, EEE|hy|||s|d4,4 l20 l569 l2E l20 n354 l20 d1,2 l2C l20 n355
d MMMM, y թ.|hy|||s|d1,2 l20 n352 l2C l20 d4,4 l20 l569 l2E
d.MM.y թ., EEE|hy|||s|d1,2 l2E d2,2 l2E d4,4 l20 l569 l2E l2C l20 n355
EEEE 'le' d 'de' MMMM y|ia|0||s|n356 l20 l6C l65 l20 d1,2 l20 l64 l65 l20 n357 l20 d4,4
d 'de' MMMM y|ia|1||s|d1,2 l20 l64 l65 l20 n357 l20 d4,4
d MMM y|ia|2||s|d1,2 l20 n358 l20 d4,4
EEE d MMM y|ia|||s|n359 l20 d1,2 l20 n358 l20 d4,4
EEE dd-MM-y|ia|||s|n359 l20 d2,2 l2D d2,2 l2D d4,4
EEEE, d MMMM y|ig|0||s|n360 l2C l20 d1,2 l20 n361 l20 d4,4
d MMMM y|ig|1||s|d1,2 l20 n361 l20 d4,4
d MMM y|ig|2||s|d1,2 l20 n362 l20 d4,4
EEE, d MMM y|ig|||s|n363 l2C l20 d1,2 l20 n362 l20 d4,4
EEE, d/M/y|ig|||s|n363 l2C l20 d1,2 l2F d1,2 l2F d4,4
y MMMM d, EEEE|ii|0||s|d4,4 l20 n364 l20 d1,2 l2C l20 n365
y MMMM d|ii|1||s|d4,4 l20 n364 l20 d1,2
y MMM d|ii|2||s|d4,4 l20 n364 l20 d1,2
y MMM d, EEE|ii|||s|d4,4 l20 n364 l20 d1,2 l2C l20 n366
y-MM-dd, EEE|ii|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n366
EEEE, d. MMMM y|is|0||s|n367 l2C l20 d1,2 l2E l20 n368 l20 d4,4
d. MMMM y|is|1||s|d1,2 l2E l20 n368 l20 d4,4
d. MMM y|is|2||s|d1,2 l2E l20 n369 l20 d4,4
EEE, d. MMM y|is|||s|n370 l2C l20 d1,2 l2E l20 n369 l20 d4,4
EEE, d.M.y|is|||s|n370 l2C l20 d1,2 l2E d1,2 l2E d4,4
EEEE, d MMMM y|it_CH|0||s|n34 l2C l20 d1,2 l20 n35 l20 d4,4
EEEE, y MMMM dd|jgo|0||s|n371 l2C l20 d4,4 l20 n372 l20 d2,2
y MMMM d|jgo|1||s|d4,4 l20 n372 l20 d1,2
y MMM d|jgo|2||s|d4,4 l20 n372 l20 d1,2
M.d.y|jgo|||s|d1,2 l2E d1,2 l2E d4,4
y MMM d, EEE|jgo|||s|d4,4 l20 n372 l20 d1,2 l2C l20 n371
EEEE, y MMMM d|jgo|||s|n371 l2C l20 d4,4 l20 n372 l20 d1,2
y-MM-dd, EEE|jgo|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n371
EEEE, d MMMM y|jmc|0||s|n373 l2C l20 d1,2 l20 n374 l20 d4,4
d MMMM y|jmc|1||s|d1,2 l20 n374 l20 d4,4
d MMM y|jmc|2||s|d1,2 l20 n375 l20 d4,4
EEE, MMM d, y|jmc|||s|n376 l2C l20 n375 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|jmc|||s|n376 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|jv|0||s|n377 l2C l20 d1,2 l20 n79 l20 d4,4
d MMM y|jv|2||s|d1,2 l20 n378 l20 d4,4
EEE, d MMM y|jv|||s|n379 l2C l20 d1,2 l20 n378 l20 d4,4
EEE, dd-MM-y|jv|||s|n379 l2C l20 d2,2 l2D d2,2 l2D d4,4
EEEE, dd MMMM, y|ka|0||s|n380 l2C l20 d2,2 l20 n381 l2C l20 d4,4
d MMMM, y|ka|1||s|d1,2 l20 n381 l2C l20 d4,4
d MMM. y|ka|2||s|d1,2 l20 n382 l2E l20 d4,4
EEE, d MMM. y|ka|||s|n383 l2C l20 d1,2 l20 n382 l2E l20 d4,4
EEEE, d MMMM, y|ka|||s|n380 l2C l20 d1,2 l20 n381 l2C l20 d4,4
EEE, d.M.y|ka|||s|n383 l2C l20 d1,2 l2E d1,2 l2E d4,4
EEEE d MMMM y|kab|0||s|n384 l20 d1,2 l20 n385 l20 d4,4
d MMMM y|kab|1||s|d1,2 l20 n385 l20 d4,4
d MMM, y|kab|2||s|d1,2 l20 n386 l2C l20 d4,4
d MMM y|kab|||s|d1,2 l20 n386 l20 d4,4
EEE d MMM y|kab|||s|n387 l20 d1,2 l20 n386 l20 d4,4
EEE d/M/y|kab|||s|n387 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|kam|0||s|n388 l2C l20 d1,2 l20 n389 l20 d4,4
d MMMM y|kam|1||s|d1,2 l20 n389 l20 d4,4
d MMM y|kam|2||s|d1,2 l20 n390 l20 d4,4
EEE, MMM d, y|kam|||s|n391 l2C l20 n390 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|kam|||s|n391 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|kde|0||s|n392 l2C l20 d1,2 l20 n393 l20 d4,4
d MMMM y|kde|1||s|d1,2 l20 n393 l20 d4,4
EEE, MMM d, y|kde|||s|n394 l2C l20 n375 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|kde|||s|n394 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d 'di' MMMM 'di' y|kea|0||s|n395 l2C l20 d1,2 l20 l64 l69 l20 n396 l20 l64 l69 l20 d4,4
d 'di' MMMM 'di' y|kea|1||s|d1,2 l20 l64 l69 l20 n396 l20 l64 l69 l20 d4,4
d MMM y|kea|2||s|d1,2 l20 n397 l20 d4,4
EEE, d MMM y|kea|||s|n398 l2C l20 d1,2 l20 n397 l20 d4,4
EEE, dd/MM/y|kea|||s|n398 l2C l20 d2,2 l2F d2,2 l2F d4,4
EEEE, d 'ne' MMMM, y|kgp|0||s|n399 l2C l20 d1,2 l20 l6E l65 l20 n400 l2C l20 d4,4
d 'ne' MMMM, y|kgp|1||s|d1,2 l20 l6E l65 l20 n400 l2C l20 d4,4
d 'ne' MMM, y|kgp|2||s|d1,2 l20 l6E l65 l20 n401 l2C l20 d4,4
EEE, d 'ne' MMM, y|kgp|||s|n402 l2C l20 d1,2 l20 l6E l65 l20 n401 l2C l20 d4,4
EEE, dd/MM/y|kgp|||s|n402 l2C l20 d2,2 l2F d2,2 l2F d4,4
EEEE d MMMM y|khq|0||s|n403 l20 d1,2 l20 n217 l20 d4,4
EEE d MMM y|khq|||s|n404 l20 d1,2 l20 n218 l20 d4,4
EEE d/M/y|khq|||s|n404 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|ki|0||s|n405 l2C l20 d1,2 l20 n406 l20 d4,4
d MMMM y|ki|1||s|d1,2 l20 n406 l20 d4,4
d MMM y|ki|2||s|d1,2 l20 n407 l20 d4,4
EEE, MMM d, y|ki|||s|n408 l2C l20 n407 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|ki|||s|n408 l2C l20 d1,2 l2F d1,2 l2F d4,4
y\u{202F}'ж'. d MMMM, EEEE|kk|0|202F|s|d4,4 l202F l436 l2E l20 d1,2 l20 n409 l2C l20 n410
y\u{202F}'ж'. d MMMM|kk|1|202F|s|d4,4 l202F l436 l2E l20 d1,2 l20 n409
y\u{202F}'ж'. dd MMM|kk|2|202F|s|d4,4 l202F l436 l2E l20 d2,2 l20 n411
y\u{202F}'ж'. d MMM|kk||202F|s|d4,4 l202F l436 l2E l20 d1,2 l20 n411
y\u{202F}'ж'. d MMM, EEE|kk||202F|s|d4,4 l202F l436 l2E l20 d1,2 l20 n411 l2C l20 n412
dd.MM.y, EEE|kk|||s|d2,2 l2E d2,2 l2E d4,4 l2C l20 n412
EEEE dd MMMM y|kkj|0||s|n413 l20 d2,2 l20 n414 l20 d4,4
d MMMM y|kkj|1||s|d1,2 l20 n414 l20 d4,4
d MMM y|kkj|2||s|d1,2 l20 n414 l20 d4,4
dd/MM y|kkj|3||s|d2,2 l2F d2,2 l20 d4,4
EEE d MMM y|kkj|||s|n413 l20 d1,2 l20 n414 l20 d4,4
EEEE d MMMM y|kkj|||s|n413 l20 d1,2 l20 n414 l20 d4,4
EEE dd/MM y|kkj|||s|n413 l20 d2,2 l2F d2,2 l20 d4,4
y MMMM d, EEEE|kl|0||s|d4,4 l20 n415 l20 d1,2 l2C l20 n416
y MMMM d|kl|1||s|d4,4 l20 n415 l20 d1,2
y MMM d|kl|2||s|d4,4 l20 n417 l20 d1,2
y MMM d, EEE|kl|||s|d4,4 l20 n417 l20 d1,2 l2C l20 n418
y-MM-dd, EEE|kl|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n418
EEEE, d MMMM y|kln|0||s|n419 l2C l20 d1,2 l20 n420 l20 d4,4
d MMMM y|kln|1||s|d1,2 l20 n420 l20 d4,4
d MMM y|kln|2||s|d1,2 l20 n421 l20 d4,4
EEE, MMM d, y|kln|||s|n422 l2C l20 n421 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|kln|||s|n422 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|km|0||s|n423 l20 d1,2 l20 n424 l20 d4,4
d MMMM y|km|1||s|d1,2 l20 n424 l20 d4,4
d MMM y|km|2||s|d1,2 l20 n424 l20 d4,4
EEE d MMM y|km|||s|n425 l20 d1,2 l20 n424 l20 d4,4
EEE d/M/y|km|||s|n425 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, MMMM d, y|kn|0||s|n426 l2C l20 n427 l20 d1,2 l2C l20 d4,4
MMMM d, y|kn|1||s|n427 l20 d1,2 l2C l20 d4,4
MMM d, y|kn|2||s|n428 l20 d1,2 l2C l20 d4,4
MMM d,y|kn|||s|n428 l20 d1,2 l2C d4,4
EEE, MMM d, y|kn|||s|n429 l2C l20 n428 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|kn|||s|n429 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|kok|0||s|n430 l20 d1,2 l20 n431 l20 d4,4
d MMMM y|kok|1||s|d1,2 l20 n431 l20 d4,4
d-MMM-y|kok|2||s|d1,2 l2D n431 l2D d4,4
y MMM d|kok|||s|d4,4 l20 n431 l20 d1,2
y MMM d, EEE|kok|||s|d4,4 l20 n431 l20 d1,2 l2C l20 n430
d-M-y, EEE|kok|||s|d1,2 l2D d1,2 l2D d4,4 l2C l20 n430
EEEE, MMMM d, y|ks|0||sz6F0|n432 l2C l20 n433 l20 d1,2 l2C l20 d4,4
MMMM d, y|ks|1||sz6F0|n433 l20 d1,2 l2C l20 d4,4
MMM d, y|ks|2||sz6F0|n433 l20 d1,2 l2C l20 d4,4
M/d/yy|ks|3||z6F0|d1,2 l2F d1,2 l2F d2,2
M/d/y|ks|||sz6F0|d1,2 l2F d1,2 l2F d4,4
EEE, MMM d, y|ks|||sz6F0|n434 l2C l20 n433 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|ks|||sz6F0|n434 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|ks_Deva|0||s|n435 l2C l20 d1,2 l20 n436 l20 d4,4
d MMMM y|ks_Deva|1||s|d1,2 l20 n436 l20 d4,4
d MMM y|ks_Deva|2||s|d1,2 l20 n436 l20 d4,4
MMM d, y|ks_Deva|||s|n436 l20 d1,2 l2C l20 d4,4
y MMM d, EEE|ks_Deva|||s|d4,4 l20 n436 l20 d1,2 l2C l20 n435
y-MM-dd, EEE|ks_Deva|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n435
EEEE, d MMMM y|ksb|0||s|n437 l2C l20 d1,2 l20 n438 l20 d4,4
d MMMM y|ksb|1||s|d1,2 l20 n438 l20 d4,4
EEE, MMM d, y|ksb|||s|n439 l2C l20 n375 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|ksb|||s|n439 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|ksf|0||s|n440 l20 d1,2 l20 n441 l20 d4,4
d MMMM y|ksf|1||s|d1,2 l20 n441 l20 d4,4
d MMM y|ksf|2||s|d1,2 l20 n442 l20 d4,4
EEE d MMM y|ksf|||s|n443 l20 d1,2 l20 n442 l20 d4,4
EEE d/M/y|ksf|||s|n443 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, 'dä' d. MMMM y|ksh|0||s|n444 l2C l20 l64 lE4 l20 d1,2 l2E l20 n445 l20 d4,4
d. MMMM y|ksh|1||s|d1,2 l2E l20 n445 l20 d4,4
d. MMM. y|ksh|2||s|d1,2 l2E l20 n446 l2E l20 d4,4
EEE d. MMM. y|ksh|||s|n447 l20 d1,2 l2E l20 n446 l2E l20 d4,4
EEE y-MM-dd|ksh|||s|n447 l20 d4,4 l2D d2,2 l2D d2,2
y MMMM d, EEEE|ku|0||s|d4,4 l20 n448 l20 d1,2 l2C l20 n449
y MMMM d|ku|1||s|d4,4 l20 n448 l20 d1,2
y MMM d|ku|2||s|d4,4 l20 n450 l20 d1,2
y MMM d, EEE|ku|||s|d4,4 l20 n450 l20 d1,2 l2C l20 n451
y-MM-dd, EEE|ku|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n451
y MMMM d, EEEE|kw|0||s|d4,4 l20 n452 l20 d1,2 l2C l20 n453
y MMMM d|kw|1||s|d4,4 l20 n452 l20 d1,2
y MMM d|kw|2||s|d4,4 l20 n454 l20 d1,2
y MMM d, EEE|kw|||s|d4,4 l20 n454 l20 d1,2 l2C l20 n455
y-MM-dd, EEE|kw|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n455
y-'ж'., d-MMMM, EEEE|ky|0||s|d4,4 l2D l436 l2E l2C l20 d1,2 l2D n183 l2C l20 n456
y-'ж'., d-MMMM|ky|1||s|d4,4 l2D l436 l2E l2C l20 d1,2 l2D n183
y-'ж'., d-MMM|ky|2||s|d4,4 l2D l436 l2E l2C l20 d1,2 l2D n457
y-'ж'. d-MMM|ky|||s|d4,4 l2D l436 l2E l20 d1,2 l2D n457
y-'ж'. d-MMM, EEE|ky|||s|d4,4 l2D l436 l2E l20 d1,2 l2D n457 l2C l20 n458
y-dd-MM, EEE|ky|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n458
EEEE, d MMMM y|lag|0||s|n459 l2C l20 d1,2 l20 n460 l20 d4,4
d MMMM y|lag|1||s|d1,2 l20 n460 l20 d4,4
d MMM y|lag|2||s|d1,2 l20 n461 l20 d4,4
EEE, MMM d, y|lag|||s|n462 l2C l20 n461 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|lag|||s|n462 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d. MMMM y|lb|0||s|n463 l2C l20 d1,2 l2E l20 n464 l20 d4,4
d. MMMM y|lb|1||s|d1,2 l2E l20 n464 l20 d4,4
d. MMM y|lb|2||s|d1,2 l2E l20 n465 l20 d4,4
EEE, d. MMM y|lb|||s|n466 l2C l20 d1,2 l2E l20 n465 l20 d4,4
EEE, d.M.y|lb|||s|n466 l2C l20 d1,2 l2E d1,2 l2E d4,4
EEEE, d MMMM y|lg|0||s|n467 l2C l20 d1,2 l20 n468 l20 d4,4
d MMMM y|lg|1||s|d1,2 l20 n468 l20 d4,4
d MMM y|lg|2||s|d1,2 l20 n469 l20 d4,4
EEE, MMM d, y|lg|||s|n470 l2C l20 n469 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|lg|||s|n470 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, MMMM d, y|lkt|0||s|n471 l2C l20 n472 l20 d1,2 l2C l20 d4,4
MMMM d, y|lkt|1||s|n472 l20 d1,2 l2C l20 d4,4
MMM d, y|lkt|2||s|n472 l20 d1,2 l2C l20 d4,4
y MMM d, EEE|lkt|||s|d4,4 l20 n472 l20 d1,2 l2C l20 n471
y-MM-dd, EEE|lkt|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n471
EEEE d MMMM y|ln|0||s|n473 l20 d1,2 l20 n474 l20 d4,4
d MMMM y|ln|1||s|d1,2 l20 n474 l20 d4,4
d MMM y|ln|2||s|d1,2 l20 n475 l20 d4,4
EEE d MMM y|ln|||s|n476 l20 d1,2 l20 n475 l20 d4,4
EEE d/M/y|ln|||s|n476 l20 d1,2 l2F d1,2 l2F d4,4
EEEE ທ\u{EB5} d MMMM G y|lo|0|||n477 l20 lE97 lEB5 l20 d1,2 l20 n478 l20 lE84 l2E lEAA l2E l20 d4,4
d MMMM y|lo|1||s|d1,2 l20 n478 l20 d4,4
d MMM y|lo|2||s|d1,2 l20 n479 l20 d4,4
EEE, d MMM y|lo|||s|n480 l2C l20 d1,2 l20 n479 l20 d4,4
EEEE, d MMMM y|lo|||s|n477 l2C l20 d1,2 l20 n478 l20 d4,4
EEE, d/M/y|lo|||s|n480 l2C l20 d1,2 l2F d1,2 l2F d4,4
G y MMMM d, EEEE|lrc|0||z6F0|l41 l50 l20 d4,4 l20 n481 l20 d1,2 l2C l20 n0
G y MMMM d|lrc|1||z6F0|l41 l50 l20 d4,4 l20 n481 l20 d1,2
G y MMM d|lrc|2||z6F0|l41 l50 l20 d4,4 l20 n481 l20 d1,2
GGGGG y-MM-dd|lrc|3||z6F0|l41 l50 l20 d4,4 l2D d2,2 l2D d2,2
G y MMM d, EEE|lrc|||z6F0|l41 l50 l20 d4,4 l20 n481 l20 d1,2 l2C l20 n0
GGGGG y-MM-dd, EEE|lrc|||z6F0|l41 l50 l20 d4,4 l2D d2,2 l2D d2,2 l2C l20 n0
y MMMM d, EEEE|lrc_IQ|0||sz6F0|d4,4 l20 n482 l20 d1,2 l2C l20 n0
y MMMM d|lrc_IQ|1||sz6F0|d4,4 l20 n482 l20 d1,2
y MMM d|lrc_IQ|2||sz6F0|d4,4 l20 n482 l20 d1,2
y-MM-dd|lrc_IQ|3||sz6F0|d4,4 l2D d2,2 l2D d2,2
y-M-d|lrc_IQ|||sz6F0|d4,4 l2D d1,2 l2D d1,2
y MMM d, EEE|lrc_IQ|||sz6F0|d4,4 l20 n482 l20 d1,2 l2C l20 n0
y-MM-dd, EEE|lrc_IQ|||sz6F0|d4,4 l2D d2,2 l2D d2,2 l2C l20 n0
y 'm'. MMMM d 'd'., EEEE|lt|0||s|d4,4 l20 l6D l2E l20 n483 l20 d1,2 l20 l64 l2E l2C l20 n484
y 'm'. MMMM d 'd'.|lt|1||s|d4,4 l20 l6D l2E l20 n483 l20 d1,2 l20 l64 l2E
y-MM-dd, EEE|lt|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n485
EEEE d MMMM y|lu|0||s|n486 l20 d1,2 l20 n487 l20 d4,4
d MMMM y|lu|1||s|d1,2 l20 n487 l20 d4,4
d MMM y|lu|2||s|d1,2 l20 n488 l20 d4,4
EEE d MMM y|lu|||s|n489 l20 d1,2 l20 n488 l20 d4,4
EEE d/M/y|lu|||s|n489 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|luo|0||s|n490 l2C l20 d1,2 l20 n491 l20 d4,4
d MMMM y|luo|1||s|d1,2 l20 n491 l20 d4,4
d MMM y|luo|2||s|d1,2 l20 n492 l20 d4,4
EEE, MMM d, y|luo|||s|n493 l2C l20 n492 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|luo|||s|n493 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|luy|0||s|n494 l2C l20 d1,2 l20 n110 l20 d4,4
d MMM y|luy|2||s|d1,2 l20 n495 l20 d4,4
EEE, MMM d, y|luy|||s|n496 l2C l20 n495 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|luy|||s|n496 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, y. 'gada' d. MMMM|lv|0||s|n497 l2C l20 d4,4 l2E l20 l67 l61 l64 l61 l20 d1,2 l2E l20 n498
y. 'gada' d. MMMM|lv|1||s|d4,4 l2E l20 l67 l61 l64 l61 l20 d1,2 l2E l20 n498
y. 'gada' d. MMM|lv|2||s|d4,4 l2E l20 l67 l61 l64 l61 l20 d1,2 l2E l20 n499
d.MM.y.|lv|||s|d1,2 l2E d2,2 l2E d4,4 l2E
y. 'g'. d. MMM|lv|||s|d4,4 l2E l20 l67 l2E l20 d1,2 l2E l20 n499
EEE, y. 'g'. d. MMM|lv|||s|n500 l2C l20 d4,4 l2E l20 l67 l2E l20 d1,2 l2E l20 n499
EEE, d.MM.y.|lv|||s|n500 l2C l20 d1,2 l2E d2,2 l2E d4,4 l2E
EEEE, d MMMM y|mai|0||s|n501 l2C l20 d1,2 l20 n502 l20 d4,4
d MMMM y|mai|1||s|d1,2 l20 n502 l20 d4,4
EEEE, d MMMM y|mas|0||s|n503 l2C l20 d1,2 l20 n504 l20 d4,4
d MMMM y|mas|1||s|d1,2 l20 n504 l20 d4,4
d MMM y|mas|2||s|d1,2 l20 n505 l20 d4,4
EEE, MMM d, y|mas|||s|n376 l2C l20 n505 l20 d1,2 l2C l20 d4,4
EEEE, d MMMM y|mer|0||s|n506 l2C l20 d1,2 l20 n507 l20 d4,4
d MMMM y|mer|1||s|d1,2 l20 n507 l20 d4,4
d MMM y|mer|2||s|d1,2 l20 n508 l20 d4,4
EEE, MMM d, y|mer|||s|n509 l2C l20 n508 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|mer|||s|n509 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|mfe|0||s|n510 l20 d1,2 l20 n511 l20 d4,4
d MMMM y|mfe|1||s|d1,2 l20 n511 l20 d4,4
d MMM, y|mfe|2||s|d1,2 l20 n512 l2C l20 d4,4
d MMM y|mfe|||s|d1,2 l20 n512 l20 d4,4
EEE d MMM y|mfe|||s|n513 l20 d1,2 l20 n512 l20 d4,4
EEE d/M/y|mfe|||s|n513 l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|mg|0||s|n514 l20 d1,2 l20 n515 l20 d4,4
d MMMM y|mg|1||s|d1,2 l20 n515 l20 d4,4
y MMM d|mg|2||s|d4,4 l20 n516 l20 d1,2
d MMM y|mg|||s|d1,2 l20 n516 l20 d4,4
EEE d MMM y|mg|||s|n517 l20 d1,2 l20 n516 l20 d4,4
EEE d/M/y|mg|||s|n517 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|mgh|0||s|n518 l2C l20 d1,2 l20 n519 l20 d4,4
d MMMM y|mgh|1||s|d1,2 l20 n519 l20 d4,4
d MMM y|mgh|2||s|d1,2 l20 n520 l20 d4,4
MMM d, y|mgh|||s|n520 l20 d1,2 l2C l20 d4,4
EEE, MMM d, y|mgh|||s|n521 l2C l20 n520 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|mgh|||s|n521 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, y MMMM dd|mgo|0||s|n522 l2C l20 d4,4 l20 n523 l20 d2,2
y MMMM d|mgo|1||s|d4,4 l20 n523 l20 d1,2
y MMM d|mgo|2||s|d4,4 l20 n524 l20 d1,2
y MMM d, EEE|mgo|||s|d4,4 l20 n524 l20 d1,2 l2C l20 n522
EEEE, y MMMM d|mgo|||s|n522 l2C l20 d4,4 l20 n523 l20 d1,2
y-MM-dd, EEE|mgo|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n522
EEEE, d MMMM y|mi|0||s|n525 l2C l20 d1,2 l20 n526 l20 d4,4
d MMMM y|mi|1||s|d1,2 l20 n526 l20 d4,4
d MMM y|mi|2||s|d1,2 l20 n527 l20 d4,4
EEE, d MMM y|mi|||s|n528 l2C l20 d1,2 l20 n527 l20 d4,4
EEE, dd-MM-y|mi|||s|n528 l2C l20 d2,2 l2D d2,2 l2D d4,4
EEEE, d MMMM y|mk|0||s|n529 l2C l20 d1,2 l20 n530 l20 d4,4
d MMMM y|mk|1||s|d1,2 l20 n530 l20 d4,4
d MMM y\u{202F}'г'.|mk||202F|s|d1,2 l20 n531 l20 d4,4 l202F l433 l2E
EEE, d MMM y\u{202F}'г'.|mk||202F|s|n532 l2C l20 d1,2 l20 n531 l20 d4,4 l202F l433 l2E
EEE, d.M.y|mk|||s|n532 l2C l20 d1,2 l2E d1,2 l2E d4,4
y, MMMM d, EEEE|ml|0||s|d4,4 l2C l20 n533 l20 d1,2 l2C l20 n534
y, MMMM d|ml|1||s|d4,4 l2C l20 n533 l20 d1,2
y, MMM d|ml|2||s|d4,4 l2C l20 n535 l20 d1,2
y MMM d|ml|||s|d4,4 l20 n535 l20 d1,2
y MMM d, EEE|ml|||s|d4,4 l20 n535 l20 d1,2 l2C l20 n536
d-M-y, EEE|ml|||s|d1,2 l2D d1,2 l2D d4,4 l2C l20 n536
y\u{202F}'оны' MMMM'ын' d, EEEE 'гараг'|mn|0|202F|s|d4,4 l202F l43E l43D l44B l20 n537 l44B l43D l20 d1,2 l2C l20 n538 l20 l433 l430 l440 l430 l433
y\u{202F}'оны' MMMM'ын' d|mn|1|202F|s|d4,4 l202F l43E l43D l44B l20 n537 l44B l43D l20 d1,2
y\u{202F}'оны' MMM'ын' d|mn|2|202F|s|d4,4 l202F l43E l43D l44B l20 n539 l44B l43D l20 d1,2
y\u{202F}'оны' MMM'ын' d. EEE|mn||202F|s|d4,4 l202F l43E l43D l44B l20 n539 l44B l43D l20 d1,2 l2E l20 n540
y.MM.dd. EEE|mn|||s|d4,4 l2E d2,2 l2E d2,2 l2E l20 n540
MMMM d, y, EEEE|mni|0||sz9E6|n541 l20 d1,2 l2C l20 d4,4 l2C l20 n542
MMMM d, y|mni|1||sz9E6|n541 l20 d1,2 l2C l20 d4,4
MMM d, y|mni|2||sz9E6|n541 l20 d1,2 l2C l20 d4,4
MMM d, y, EEE|mni|||sz9E6|n541 l20 d1,2 l2C l20 d4,4 l2C l20 n542
d/M/y, EEE|mni|||sz9E6|d1,2 l2F d1,2 l2F d4,4 l2C l20 n542
EEEE, d MMMM, y|mr|0||sz966|n543 l2C l20 d1,2 l20 n544 l2C l20 d4,4
d MMMM, y|mr|1||sz966|d1,2 l20 n544 l2C l20 d4,4
d MMM, y|mr|2||sz966|d1,2 l20 n545 l2C l20 d4,4
d/M/yy|mr|3||z966|d1,2 l2F d1,2 l2F d2,2
d/M/y|mr|||sz966|d1,2 l2F d1,2 l2F d4,4
EEE, d, MMM y|mr|||sz966|n546 l2C l20 d1,2 l2C l20 n545 l20 d4,4
EEE, d/M/y|mr|||sz966|n546 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|ms|0||s|n547 l2C l20 d1,2 l20 n548 l20 d4,4
d MMMM y|ms|1||s|d1,2 l20 n548 l20 d4,4
d MMM y|ms|2||s|d1,2 l20 n549 l20 d4,4
EEE, d MMM y|ms|||s|n550 l2C l20 d1,2 l20 n549 l20 d4,4
EEE, d/M/y|ms|||s|n550 l2C l20 d1,2 l2F d1,2 l2F d4,4
dd MMMM y|ms_BN|0||s|d2,2 l20 n548 l20 d4,4
EEEE, dd MMMM y|ms_ID|0||s|n547 l2C l20 d2,2 l20 n548 l20 d4,4
EEEE, d 'ta'\u{2019} MMMM y|mt|0||s|n551 l2C l20 d1,2 l20 l74 l61 l2019 l20 n552 l20 d4,4
d 'ta'\u{2019} MMMM y|mt|1||s|d1,2 l20 l74 l61 l2019 l20 n552 l20 d4,4
dd MMM y|mt|2||s|d2,2 l20 n553 l20 d4,4
d 'ta'\u{2019} MMM, y|mt|||s|d1,2 l20 l74 l61 l2019 l20 n553 l2C l20 d4,4
EEE, d 'ta'\u{2019} MMM, y|mt|||s|n554 l2C l20 d1,2 l20 l74 l61 l2019 l20 n553 l2C l20 d4,4
EEE, d/M/y|mt|||s|n554 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|mua|0||s|n555 l20 d1,2 l20 n556 l20 d4,4
d MMMM y|mua|1||s|d1,2 l20 n556 l20 d4,4
d MMM y|mua|2||s|d1,2 l20 n557 l20 d4,4
EEE d MMM y|mua|||s|n558 l20 d1,2 l20 n557 l20 d4,4
EEE d/M/y|mua|||s|n558 l20 d1,2 l2F d1,2 l2F d4,4
y\u{104A} MMMM d\u{104A} EEEE|my|0||sz1040|d4,4 l104A l20 n559 l20 d1,2 l104A l20 n560
y\u{104A} MMMM d|my|1||sz1040|d4,4 l104A l20 n559 l20 d1,2
y\u{104A} MMM d|my|2||sz1040|d4,4 l104A l20 n561 l20 d1,2
d/M/yy|my|3||z1040|d1,2 l2F d1,2 l2F d2,2
d/M/y|my|||sz1040|d1,2 l2F d1,2 l2F d4,4
y\u{104A} MMM d\u{104A} EEE|my|||sz1040|d4,4 l104A l20 n561 l20 d1,2 l104A l20 n560
d/M/y\u{104A} EEE|my|||sz1040|d1,2 l2F d1,2 l2F d4,4 l104A l20 n560
EEEE, d MMMM y|naq|0||s|n562 l2C l20 d1,2 l20 n563 l20 d4,4
d MMMM y|naq|1||s|d1,2 l20 n563 l20 d4,4
EEE, MMM d, y|naq|||s|n564 l2C l20 n1 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|naq|||s|n564 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|nd|0||s|n565 l2C l20 d1,2 l20 n566 l20 d4,4
d MMMM y|nd|1||s|d1,2 l20 n566 l20 d4,4
d MMM y|nd|2||s|d1,2 l20 n567 l20 d4,4
EEE, MMM d, y|nd|||s|n568 l2C l20 n567 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|nd|||s|n568 l2C l20 d1,2 l2F d1,2 l2F d4,4
y MMMM d, EEEE|ne|0||sz966|d4,4 l20 n569 l20 d1,2 l2C l20 n570
y MMMM d|ne|1||sz966|d4,4 l20 n569 l20 d1,2
y MMM d|ne|2||sz966|d4,4 l20 n569 l20 d1,2
yy/M/d|ne|3||z966|d2,2 l2F d1,2 l2F d1,2
y MMM d, EEE|ne|||sz966|d4,4 l20 n569 l20 d1,2 l2C l20 n571
y-MM-dd, EEE|ne|||sz966|d4,4 l2D d2,2 l2D d2,2 l2C l20 n571
EEE d/M/y|nl_BE|||s|n41 l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|nmg|0||s|n572 l20 d1,2 l20 n573 l20 d4,4
d MMMM y|nmg|1||s|d1,2 l20 n573 l20 d4,4
d MMM y|nmg|2||s|d1,2 l20 n574 l20 d4,4
EEE d MMM y|nmg|||s|n575 l20 d1,2 l20 n574 l20 d4,4
EEE d/M/y|nmg|||s|n575 l20 d1,2 l2F d1,2 l2F d4,4
EEEE d. MMMM y|nn|0||s|n576 l20 d1,2 l2E l20 n58 l20 d4,4
d. MMM y|nn|2||s|d1,2 l2E l20 n577 l20 d4,4
EEE d. MMM y|nn|||s|n578 l20 d1,2 l2E l20 n577 l20 d4,4
EEE d.M.y|nn|||s|n578 l20 d1,2 l2E d1,2 l2E d4,4
EEEE , 'lyɛ'\u{30C}ʼ d 'na' MMMM, y|nnh|0||s|n579 l20 l2C l20 l6C l79 l25B l30C l2BC l20 d1,2 l20 l6E l61 l20 n580 l2C l20 d4,4
'lyɛ'\u{30C}ʼ d 'na' MMMM, y|nnh|1||s|l6C l79 l25B l30C l2BC l20 d1,2 l20 l6E l61 l20 n580 l2C l20 d4,4
d MMM, y|nnh|2||s|d1,2 l20 n580 l2C l20 d4,4
EEE , 'lyɛ'\u{30C}ʼ d 'na' MMM, y|nnh|||s|n579 l20 l2C l20 l6C l79 l25B l30C l2BC l20 d1,2 l20 l6E l61 l20 n580 l2C l20 d4,4
EEE , 'lyɛ'\u{30C}ʼ d 'na' M, y|nnh|||s|n579 l20 l2C l20 l6C l79 l25B l30C l2BC l20 d1,2 l20 l6E l61 l20 d1,2 l2C l20 d4,4
EEEE d MMMM y|nus|0||s|n581 l20 d1,2 l20 n582 l20 d4,4
d MMMM y|nus|1||s|d1,2 l20 n582 l20 d4,4
d MMM y|nus|2||s|d1,2 l20 n583 l20 d4,4
EEE\u{60C} d MMM y|nus|||s|n584 l60C l20 d1,2 l20 n583 l20 d4,4
EEE\u{60C} d/M/y|nus|||s|n584 l60C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, MMMM d, y|om|0||s|n585 l2C l20 n586 l20 d1,2 l2C l20 d4,4
dd MMMM y|om|1||s|d2,2 l20 n586 l20 d4,4
dd-MMM-y|om|2||s|d2,2 l2D n587 l2D d4,4
y MMM d|om|||s|d4,4 l20 n587 l20 d1,2
y MMM d, EEE|om|||s|d4,4 l20 n587 l20 d1,2 l2C l20 n588
d MMMM y|om|||s|d1,2 l20 n586 l20 d4,4
y-MM-dd, EEE|om|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n588
EEEE, MMMM d, y|or|0||s|n589 l2C l20 n590 l20 d1,2 l2C l20 d4,4
MMMM d, y|or|1||s|n590 l20 d1,2 l2C l20 d4,4
MMM d, y|or|2||s|n590 l20 d1,2 l2C l20 d4,4
EEE, MMM d, y|or|||s|n591 l2C l20 n590 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|or|||s|n591 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM, y\u{202F}'аз'|os|0|202F|s|n592 l2C l20 d1,2 l20 n593 l2C l20 d4,4 l202F l430 l437
d MMMM, y\u{202F}'аз'|os|1|202F|s|d1,2 l20 n593 l2C l20 d4,4 l202F l430 l437
dd MMM y\u{202F}'аз'|os|2|202F|s|d2,2 l20 n594 l20 d4,4 l202F l430 l437
d MMM, y\u{202F}'аз'|os||202F|s|d1,2 l20 n594 l2C l20 d4,4 l202F l430 l437
EEE, d MMM y|os|||s|n595 l2C l20 d1,2 l20 n594 l20 d4,4
EEE, dd.MM.y|os|||s|n595 l2C l20 d2,2 l2E d2,2 l2E d4,4
EEEE, d MMMM y|pa|0||s|n596 l2C l20 d1,2 l20 n597 l20 d4,4
d MMMM y|pa|1||s|d1,2 l20 n597 l20 d4,4
d MMM y|pa|2||s|d1,2 l20 n598 l20 d4,4
EEE, d MMM y|pa|||s|n599 l2C l20 d1,2 l20 n598 l20 d4,4
EEE, d/M/y|pa|||s|n599 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, dd MMMM y|pa_Arab|0||sz6F0|n600 l2C l20 d2,2 l20 n601 l20 d4,4
d MMMM y|pa_Arab|1||sz6F0|d1,2 l20 n601 l20 d4,4
d MMM y|pa_Arab|2||sz6F0|d1,2 l20 n601 l20 d4,4
dd/MM/y|pa_Arab|3||sz6F0|d2,2 l2F d2,2 l2F d4,4
d/M/y|pa_Arab|||sz6F0|d1,2 l2F d1,2 l2F d4,4
y MMM d, EEE|pa_Arab|||sz6F0|d4,4 l20 n601 l20 d1,2 l2C l20 n600
EEEE, d MMMM y|pa_Arab|||sz6F0|n600 l2C l20 d1,2 l20 n601 l20 d4,4
y-MM-dd, EEE|pa_Arab|||sz6F0|d4,4 l2D d2,2 l2D d2,2 l2C l20 n600
EEEE, d MMMM y|pcm|0||s|n602 l2C l20 d1,2 l20 n603 l20 d4,4
d MMMM y|pcm|1||s|d1,2 l20 n603 l20 d4,4
d MMM y|pcm|2||s|d1,2 l20 n604 l20 d4,4
EEE, d MMM y|pcm|||s|n605 l2C l20 d1,2 l20 n604 l20 d4,4
EEE, d/M/y|pcm|||s|n605 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE د G y د MMMM d|ps|0||z6F0|n606 l20 l62F l20 l41 l50 l20 d4,4 l20 l62F l20 n607 l20 d1,2
د G y د MMMM d|ps|1||z6F0|l62F l20 l41 l50 l20 d4,4 l20 l62F l20 n607 l20 d1,2
G y MMM d|ps|2||z6F0|l41 l50 l20 d4,4 l20 n607 l20 d1,2
GGGGG y/M/d|ps|3||z6F0|l41 l50 l20 d4,4 l2F d1,2 l2F d1,2
G y MMM d, EEE|ps|||z6F0|l41 l50 l20 d4,4 l20 n607 l20 d1,2 l2C l20 n606
G y MMMM d, EEEE|ps|||z6F0|l41 l50 l20 d4,4 l20 n607 l20 d1,2 l2C l20 n606
G y MMMM d|ps|||z6F0|l41 l50 l20 d4,4 l20 n607 l20 d1,2
GGGGG y-MM-dd, EEE|ps|||z6F0|l41 l50 l20 d4,4 l2D d2,2 l2D d2,2 l2C l20 n606
EEEE د y د MMMM d|ps_PK|0||sz6F0|n606 l20 l62F l20 d4,4 l20 l62F l20 n608 l20 d1,2
د y د MMMM d|ps_PK|1||sz6F0|l62F l20 d4,4 l20 l62F l20 n608 l20 d1,2
y MMM d|ps_PK|2||sz6F0|d4,4 l20 n608 l20 d1,2
y/M/d|ps_PK|3||sz6F0|d4,4 l2F d1,2 l2F d1,2
y MMM d, EEE|ps_PK|||sz6F0|d4,4 l20 n608 l20 d1,2 l2C l20 n606
y-MM-dd, EEE|ps_PK|||sz6F0|d4,4 l2D d2,2 l2D d2,2 l2C l20 n606
EEEE, d MMMM, y|qu|0||s|n609 l2C l20 d1,2 l20 n610 l2C l20 d4,4
d MMMM y|qu|1||s|d1,2 l20 n610 l20 d4,4
d MMM y|qu|2||s|d1,2 l20 n611 l20 d4,4
EEE, d MMM, y|qu|||s|n612 l2C l20 d1,2 l20 n611 l2C l20 d4,4
EEE, dd-MM-y|qu|||s|n612 l2C l20 d2,2 l2D d2,2 l2D d4,4
y MMMM d, EEEE|raj|0||sz966|d4,4 l20 n144 l20 d1,2 l2C l20 n336
y MMM d, EEE|raj|||sz966|d4,4 l20 n144 l20 d1,2 l2C l20 n336
y-MM-dd, EEE|raj|||sz966|d4,4 l2D d2,2 l2D d2,2 l2C l20 n336
EEEE, 'ils' d MMMM y|rm|0||s|n613 l2C l20 l69 l6C l73 l20 d1,2 l20 n614 l20 d4,4
d MMMM y|rm|1||s|d1,2 l20 n614 l20 d4,4
EEE, dd-MM-y|rm|||s|n615 l2C l20 d2,2 l2D d2,2 l2D d4,4
EEEE d MMMM y|rn|0||s|n616 l20 d1,2 l20 n617 l20 d4,4
d MMMM y|rn|1||s|d1,2 l20 n617 l20 d4,4
d MMM y|rn|2||s|d1,2 l20 n618 l20 d4,4
EEE d MMM y|rn|||s|n619 l20 d1,2 l20 n618 l20 d4,4
EEE d/M/y|rn|||s|n619 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|ro|0||s|n620 l2C l20 d1,2 l20 n621 l20 d4,4
d MMMM y|ro|1||s|d1,2 l20 n621 l20 d4,4
d MMM y|ro|2||s|d1,2 l20 n622 l20 d4,4
EEE, d MMM y|ro|||s|n623 l2C l20 d1,2 l20 n622 l20 d4,4
EEE, dd.MM.y|ro|||s|n623 l2C l20 d2,2 l2E d2,2 l2E d4,4
EEE, d MMM y|ro_MD|||s|n624 l2C l20 d1,2 l20 n622 l20 d4,4
EEE, dd.MM.y|ro_MD|||s|n624 l2C l20 d2,2 l2E d2,2 l2E d4,4
EEEE, d MMMM y|rof|0||s|n625 l2C l20 d1,2 l20 n626 l20 d4,4
d MMMM y|rof|1||s|d1,2 l20 n626 l20 d4,4
d MMM y|rof|2||s|d1,2 l20 n627 l20 d4,4
EEE, MMM d, y|rof|||s|n628 l2C l20 n627 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|rof|||s|n628 l2C l20 d1,2 l2F d1,2 l2F d4,4
ccc, d.MM.y|ru_UA|||s|n26 l2C l20 d1,2 l2E d2,2 l2E d4,4
y MMMM d, EEEE|rw|0||s|d4,4 l20 n629 l20 d1,2 l2C l20 n630
y MMMM d|rw|1||s|d4,4 l20 n629 l20 d1,2
y MMM d|rw|2||s|d4,4 l20 n631 l20 d1,2
y MMM d, EEE|rw|||s|d4,4 l20 n631 l20 d1,2 l2C l20 n632
y-MM-dd, EEE|rw|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n632
EEEE, d MMMM y|sa|0||sz966|n633 l2C l20 d1,2 l20 n634 l20 d4,4
d MMMM y|sa|1||sz966|d1,2 l20 n634 l20 d4,4
d MMM y|sa|2||sz966|d1,2 l20 n635 l20 d4,4
EEE, d MMM y|sa|||sz966|n339 l2C l20 d1,2 l20 n635 l20 d4,4
EEE, d/M/y|sa|||sz966|n339 l2C l20 d1,2 l2F d1,2 l2F d4,4
y\u{202F}'сыл' MMMM d 'күнэ', EEEE|sah|0|202F|s|d4,4 l202F l441 l44B l43B l20 n636 l20 d1,2 l20 l43A l4AF l43D l44D l2C l20 n637
y, MMMM d|sah|1||s|d4,4 l2C l20 n636 l20 d1,2
y, MMM d|sah|2||s|d4,4 l2C l20 n638 l20 d1,2
y MMM d|sah|||s|d4,4 l20 n638 l20 d1,2
y MMM d, EEE|sah|||s|d4,4 l20 n638 l20 d1,2 l2C l20 n639
y-MM-dd, EEE|sah|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n639
EEEE, d MMMM y|saq|0||s|n640 l2C l20 d1,2 l20 n641 l20 d4,4
d MMMM y|saq|1||s|d1,2 l20 n641 l20 d4,4
d MMM y|saq|2||s|d1,2 l20 n642 l20 d4,4
EEE, MMM d, y|saq|||s|n643 l2C l20 n642 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|saq|||s|n643 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|sat|0||sz1C50|n644 l2C l20 d1,2 l20 n645 l20 d4,4
d MMMM y|sat|1||sz1C50|d1,2 l20 n645 l20 d4,4
d MMM y|sat|2||sz1C50|d1,2 l20 n646 l20 d4,4
d/M/yy|sat|3||z1C50|d1,2 l2F d1,2 l2F d2,2
d/M/y|sat|||sz1C50|d1,2 l2F d1,2 l2F d4,4
y MMM d, EEE|sat|||sz1C50|d4,4 l20 n646 l20 d1,2 l2C l20 n647
y-MM-dd, EEE|sat|||sz1C50|d4,4 l2D d2,2 l2D d2,2 l2C l20 n647
EEEE, d MMMM y|sbp|0||s|n648 l2C l20 d1,2 l20 n649 l20 d4,4
d MMMM y|sbp|1||s|d1,2 l20 n649 l20 d4,4
d MMM y|sbp|2||s|d1,2 l20 n650 l20 d4,4
MMM d y|sbp|||s|n650 l20 d1,2 l20 d4,4
EEE, MMM d, y|sbp|||s|n651 l2C l20 n650 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|sbp|||s|n651 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE d 'de' MMMM 'de' 'su' y|sc|0||s|n652 l20 d1,2 l20 l64 l65 l20 n653 l20 l64 l65 l20 l73 l75 l20 d4,4
d 'de' MMMM 'de' 'su' y|sc|1||s|d1,2 l20 l64 l65 l20 n653 l20 l64 l65 l20 l73 l75 l20 d4,4
d 'de' MMM y|sc|2||s|d1,2 l20 l64 l65 l20 n654 l20 d4,4
EEE d 'de' MMM y|sc|||s|n655 l20 d1,2 l20 l64 l65 l20 n654 l20 d4,4
EEE dd/MM/y|sc|||s|n655 l20 d2,2 l2F d2,2 l2F d4,4
EEEE, MMMM d, y|sd|0||sz660|n656 l2C l20 n657 l20 d1,2 l2C l20 d4,4
y MMMM d|sd|1||sz660|d4,4 l20 n657 l20 d1,2
y MMM d|sd|2||sz660|d4,4 l20 n657 l20 d1,2
y MMM d, EEE|sd|||sz660|d4,4 l20 n657 l20 d1,2 l2C l20 n656
y-MM-dd, EEE|sd|||sz660|d4,4 l2D d2,2 l2D d2,2 l2C l20 n656
EEEE, MMMM d, y|sd_Deva|0||s|n658 l2C l20 n659 l20 d1,2 l2C l20 d4,4
MMMM d, y|sd_Deva|1||s|n659 l20 d1,2 l2C l20 d4,4
MMM d, y|sd_Deva|2||s|n660 l20 d1,2 l2C l20 d4,4
EEE, MMM d, y|sd_Deva|||s|n661 l2C l20 n660 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|sd_Deva|||s|n661 l2C l20 d1,2 l2F d1,2 l2F d4,4
y MMMM d, EEEE|se|0||s|d4,4 l20 n662 l20 d1,2 l2C l20 n663
y MMMM d|se|1||s|d4,4 l20 n662 l20 d1,2
y MMM d|se|2||s|d4,4 l20 n664 l20 d1,2
y MMM d, EEE|se|||s|d4,4 l20 n664 l20 d1,2 l2C l20 n665
y-MM-dd, EEE|se|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n665
EEEE d MMMM y|se_FI|0||s|n666 l20 d1,2 l20 n662 l20 d4,4
d MMMM y|se_FI|1||s|d1,2 l20 n662 l20 d4,4
d MMM y|se_FI|2||s|d1,2 l20 n667 l20 d4,4
EEE d MMM y|se_FI|||s|n668 l20 d1,2 l20 n667 l20 d4,4
EEE dd.MM.y|se_FI|||s|n668 l20 d2,2 l2E d2,2 l2E d4,4
EEEE, d 'de' MMMM 'de' y|seh|0||s|n669 l2C l20 d1,2 l20 l64 l65 l20 n670 l20 l64 l65 l20 d4,4
d 'de' MMMM 'de' y|seh|1||s|d1,2 l20 l64 l65 l20 n670 l20 l64 l65 l20 d4,4
d 'de' MMM 'de' y|seh|2||s|d1,2 l20 l64 l65 l20 n671 l20 l64 l65 l20 d4,4
EEE, d 'de' MMM 'de' y|seh|||s|n672 l2C l20 d1,2 l20 l64 l65 l20 n671 l20 l64 l65 l20 d4,4
EEE, dd/MM/y|seh|||s|n672 l2C l20 d2,2 l2F d2,2 l2F d4,4
EEEE d MMMM y|ses|0||s|n673 l20 d1,2 l20 n217 l20 d4,4
EEEE d MMMM y|sg|0||s|n674 l20 d1,2 l20 n675 l20 d4,4
d MMMM y|sg|1||s|d1,2 l20 n675 l20 d4,4
d MMM, y|sg|2||s|d1,2 l20 n676 l2C l20 d4,4
EEE d MMM y|sg|||s|n677 l20 d1,2 l20 n676 l20 d4,4
EEE d/M/y|sg|||s|n677 l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|shi|0||s|n678 l20 d1,2 l20 n679 l20 d4,4
d MMMM y|shi|1||s|d1,2 l20 n679 l20 d4,4
d MMM, y|shi|2||s|d1,2 l20 n680 l2C l20 d4,4
EEE d MMM y|shi|||s|n681 l20 d1,2 l20 n680 l20 d4,4
EEE d/M/y|shi|||s|n681 l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|shi_Latn|0||s|n682 l20 d1,2 l20 n683 l20 d4,4
d MMMM y|shi_Latn|1||s|d1,2 l20 n683 l20 d4,4
d MMM, y|shi_Latn|2||s|d1,2 l20 n684 l2C l20 d4,4
EEE d MMM y|shi_Latn|||s|n685 l20 d1,2 l20 n684 l20 d4,4
EEE d/M/y|shi_Latn|||s|n685 l20 d1,2 l2F d1,2 l2F d4,4
y MMMM d, EEEE|si|0||s|d4,4 l20 n686 l20 d1,2 l2C l20 n687
y MMMM d|si|1||s|d4,4 l20 n686 l20 d1,2
y MMM d|si|2||s|d4,4 l20 n688 l20 d1,2
y MMM d, EEE|si|||s|d4,4 l20 n688 l20 d1,2 l2C l20 n689
y-M-d, EEE|si|||s|d4,4 l2D d1,2 l2D d1,2 l2C l20 n689
EEEE d. MMMM y|sk|0||s|n690 l20 d1,2 l2E l20 n691 l20 d4,4
d. MMMM y|sk|1||s|d1,2 l2E l20 n691 l20 d4,4
EEE d. M. y|sk|||s|n692 l20 d1,2 l2E l20 d1,2 l2E l20 d4,4
EEEE, d. MMMM y|sl|0||s|n693 l2C l20 d1,2 l2E l20 n694 l20 d4,4
d. MMMM y|sl|1||s|d1,2 l2E l20 n694 l20 d4,4
d. MMM y|sl|2||s|d1,2 l2E l20 n695 l20 d4,4
EEE, d. MMM y|sl|||s|n696 l2C l20 d1,2 l2E l20 n695 l20 d4,4
EEE, d. M. y|sl|||s|n696 l2C l20 d1,2 l2E l20 d1,2 l2E l20 d4,4
cccc, MMMM d. y|smn|0||s|n697 l2C l20 n698 l20 d1,2 l2E l20 d4,4
MMMM d. y|smn|1||s|n698 l20 d1,2 l2E l20 d4,4
MMM d. y|smn|2||s|n699 l20 d1,2 l2E l20 d4,4
ccc, MMM d. y|smn|||s|n700 l2C l20 n699 l20 d1,2 l2E l20 d4,4
EEE d.M.y|smn|||s|n700 l20 d1,2 l2E d1,2 l2E d4,4
y MMMM d, EEEE|sn|0||s|d4,4 l20 n701 l20 d1,2 l2C l20 n702
y MMMM d|sn|1||s|d4,4 l20 n701 l20 d1,2
y MMM d|sn|2||s|d4,4 l20 n703 l20 d1,2
y MMM d, EEE|sn|||s|d4,4 l20 n703 l20 d1,2 l2C l20 n704
y-MM-dd, EEE|sn|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n704
EEEE, MMMM d, y|so|0||s|n705 l2C l20 n706 l20 d1,2 l2C l20 d4,4
MMMM d, y|so|1||s|n706 l20 d1,2 l2C l20 d4,4
dd-MMM-y|so|2||s|d2,2 l2D n707 l2D d4,4
MMM d, y|so|||s|n707 l20 d1,2 l2C l20 d4,4
EEE, MMM d, y|so|||s|n708 l2C l20 n707 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|so|||s|n708 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|sq|0||s|n709 l2C l20 d1,2 l20 n710 l20 d4,4
d MMMM y|sq|1||s|d1,2 l20 n710 l20 d4,4
d MMM y|sq|2||s|d1,2 l20 n711 l20 d4,4
EEE, d MMM y|sq|||s|n712 l2C l20 d1,2 l20 n711 l20 d4,4
EEE, d.M.y|sq|||s|n712 l2C l20 d1,2 l2E d1,2 l2E d4,4
EEEE, d. MMMM y.|sr|0||s|n713 l2C l20 d1,2 l2E l20 n714 l20 d4,4 l2E
d. MMMM y.|sr|1||s|d1,2 l2E l20 n714 l20 d4,4 l2E
d. MMM y.|sr|||s|d1,2 l2E l20 n715 l20 d4,4 l2E
EEE, d. MMM y.|sr|||s|n716 l2C l20 d1,2 l2E l20 n715 l20 d4,4 l2E
EEE, d. M. y.|sr|||s|n716 l2C l20 d1,2 l2E l20 d1,2 l2E l20 d4,4 l2E
EEEE, d. MMMM y.|sr_Cyrl_BA|0||s|n171 l2C l20 d1,2 l2E l20 n714 l20 d4,4 l2E
EEE, d. MMM y.|sr_Cyrl_BA|||s|n174 l2C l20 d1,2 l2E l20 n715 l20 d4,4 l2E
EEE, d. M. y.|sr_Cyrl_BA|||s|n174 l2C l20 d1,2 l2E l20 d1,2 l2E l20 d4,4 l2E
EEEE, d. MMMM y.|sr_Cyrl_ME|0||s|n717 l2C l20 d1,2 l2E l20 n714 l20 d4,4 l2E
d. MMM y.|sr_Cyrl_ME|||s|d1,2 l2E l20 n718 l20 d4,4 l2E
EEE, d. MMM y.|sr_Cyrl_ME|||s|n716 l2C l20 d1,2 l2E l20 n718 l20 d4,4 l2E
EEEE, d. MMMM y.|sr_Latn|0||s|n719 l2C l20 d1,2 l2E l20 n720 l20 d4,4 l2E
d. MMMM y.|sr_Latn|1||s|d1,2 l2E l20 n720 l20 d4,4 l2E
d. MMM y.|sr_Latn|||s|d1,2 l2E l20 n721 l20 d4,4 l2E
EEE, d. MMM y.|sr_Latn|||s|n722 l2C l20 d1,2 l2E l20 n721 l20 d4,4 l2E
EEE, d. M. y.|sr_Latn|||s|n722 l2C l20 d1,2 l2E l20 d1,2 l2E l20 d4,4 l2E
EEEE, d. MMMM y.|sr_Latn_BA|0||s|n167 l2C l20 d1,2 l2E l20 n720 l20 d4,4 l2E
EEE, d. MMM y.|sr_Latn_BA|||s|n170 l2C l20 d1,2 l2E l20 n721 l20 d4,4 l2E
EEE, d. M. y.|sr_Latn_BA|||s|n170 l2C l20 d1,2 l2E l20 d1,2 l2E l20 d4,4 l2E
EEEE, d. MMMM y.|sr_Latn_ME|0||s|n723 l2C l20 d1,2 l2E l20 n720 l20 d4,4 l2E
d. MMM y.|sr_Latn_ME|||s|d1,2 l2E l20 n724 l20 d4,4 l2E
EEE, d. MMM y.|sr_Latn_ME|||s|n722 l2C l20 d1,2 l2E l20 n724 l20 d4,4 l2E
EEEE, d MMMM y|su|0||s|n725 l2C l20 d1,2 l20 n726 l20 d4,4
d MMMM y|su|1||s|d1,2 l20 n726 l20 d4,4
d MMM y|su|2||s|d1,2 l20 n727 l20 d4,4
d MMM, y|su|||s|d1,2 l20 n727 l2C l20 d4,4
EEE, d MMM y|su|||s|n728 l2C l20 d1,2 l20 n727 l20 d4,4
EEE, d/M/y|su|||s|n728 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEE, d MMM y|sw|||s|n109 l2C l20 d1,2 l20 n375 l20 d4,4
EEE, d/M/y|sw|||s|n109 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM, y|ta|0||s|n729 l2C l20 d1,2 l20 n730 l2C l20 d4,4
d MMMM, y|ta|1||s|d1,2 l20 n730 l2C l20 d4,4
d MMM, y|ta|2||s|d1,2 l20 n731 l2C l20 d4,4
EEE, d MMM, y|ta|||s|n732 l2C l20 d1,2 l20 n731 l2C l20 d4,4
EEE, d/M/y|ta|||s|n732 l2C l20 d1,2 l2F d1,2 l2F d4,4
d, MMMM y, EEEE|te|0||s|d1,2 l2C l20 n733 l20 d4,4 l2C l20 n734
d MMMM, y|te|1||s|d1,2 l20 n733 l2C l20 d4,4
d MMM, y|te|2||s|d1,2 l20 n735 l2C l20 d4,4
d, MMM y|te|||s|d1,2 l2C l20 n735 l20 d4,4
d MMM, y, EEE|te|||s|d1,2 l20 n735 l2C l20 d4,4 l2C l20 n736
d/M/y, EEE|te|||s|d1,2 l2F d1,2 l2F d4,4 l2C l20 n736
EEEE, d MMMM y|teo|0||s|n737 l2C l20 d1,2 l20 n738 l20 d4,4
d MMMM y|teo|1||s|d1,2 l20 n738 l20 d4,4
d MMM y|teo|2||s|d1,2 l20 n739 l20 d4,4
EEE, MMM d, y|teo|||s|n740 l2C l20 n739 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|teo|||s|n740 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, dd MMMM y|tg|0||s|n741 l2C l20 d2,2 l20 n742 l20 d4,4
dd MMMM y|tg|1||s|d2,2 l20 n742 l20 d4,4
dd MMM y|tg|2||s|d2,2 l20 n743 l20 d4,4
d MMM, y|tg|||s|d1,2 l20 n743 l2C l20 d4,4
EEE, d MMM, y|tg|||s|n744 l2C l20 d1,2 l20 n743 l2C l20 d4,4
EEEE, d MMMM y|tg|||s|n741 l2C l20 d1,2 l20 n742 l20 d4,4
d MMMM y|tg|||s|d1,2 l20 n742 l20 d4,4
EEE, d/M/y|tg|||s|n744 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEEท\u{E35}\u{E48} d MMMM G y|th|0|||n745 lE17 lE35 lE48 l20 d1,2 l20 n746 l20 lE1E l2E lE28 l2E l20 d4,4
d MMMM y|th|1|||d1,2 l20 n746 l20 d4,4
d MMM y|th|2|||d1,2 l20 n747 l20 d4,4
d/M/y|th||||d1,2 l2F d1,2 l2F d4,4
EEE d MMM y|th||||n748 l20 d1,2 l20 n747 l20 d4,4
EEEEท\u{E35}\u{E48} d MMMM y|th||||n745 lE17 lE35 lE48 l20 d1,2 l20 n746 l20 d4,4
EEE d/M/y|th||||n748 l20 d1,2 l2F d1,2 l2F d4,4
EEEE\u{1363} d MMMM y|ti|0||s|n749 l1363 l20 d1,2 l20 n750 l20 d4,4
d MMMM y|ti|1||s|d1,2 l20 n750 l20 d4,4
d MMM y|ti|2||s|d1,2 l20 n751 l20 d4,4
y MMM d, EEE|ti|||s|d4,4 l20 n751 l20 d1,2 l2C l20 n752
EEE\u{1363} d/M/y|ti|||s|n752 l1363 l20 d1,2 l2F d1,2 l2F d4,4
d MMMM y EEEE|tk|0||s|d1,2 l20 n753 l20 d4,4 l20 n754
d MMMM y|tk|1||s|d1,2 l20 n753 l20 d4,4
d MMM y|tk|2||s|d1,2 l20 n755 l20 d4,4
d MMM y EEE|tk|||s|d1,2 l20 n755 l20 d4,4 l20 n756
dd.MM.y EEE|tk|||s|d2,2 l2E d2,2 l2E d4,4 l20 n756
EEEE d MMMM y|to|0||s|n757 l20 d1,2 l20 n758 l20 d4,4
d MMMM y|to|1||s|d1,2 l20 n758 l20 d4,4
d MMM y|to|2||s|d1,2 l20 n759 l20 d4,4
EEE d MMM y|to|||s|n760 l20 d1,2 l20 n759 l20 d4,4
EEE d/M/y|to|||s|n760 l20 d1,2 l2F d1,2 l2F d4,4
d MMMM, y\u{202F}'ел', EEEE|tt|0|202F|s|d1,2 l20 n761 l2C l20 d4,4 l202F l435 l43B l2C l20 n762
d MMMM, y\u{202F}'ел'|tt|1|202F|s|d1,2 l20 n761 l2C l20 d4,4 l202F l435 l43B
d MMM, y\u{202F}'ел'|tt|2|202F|s|d1,2 l20 n763 l2C l20 d4,4 l202F l435 l43B
y\u{202F}'ел', d MMM|tt||202F|s|d4,4 l202F l435 l43B l2C l20 d1,2 l20 n763
y\u{202F}'ел', d MMM, EEE|tt||202F|s|d4,4 l202F l435 l43B l2C l20 d1,2 l20 n763 l2C l20 n764
dd.MM.y, EEE|tt|||s|d2,2 l2E d2,2 l2E d4,4 l2C l20 n764
EEEE, d MMMM y|tzm|0||s|n765 l2C l20 d1,2 l20 n766 l20 d4,4
d MMMM y|tzm|1||s|d1,2 l20 n766 l20 d4,4
d MMM y|tzm|2||s|d1,2 l20 n767 l20 d4,4
EEE, MMM d, y|tzm|||s|n768 l2C l20 n767 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|tzm|||s|n768 l2C l20 d1,2 l2F d1,2 l2F d4,4
y d-MMMM\u{60C} EEEE|ug|0||s|d4,4 l20 d1,2 l2D n769 l60C l20 n770
d-MMMM\u{60C} y|ug|1||s|d1,2 l2D n769 l60C l20 d4,4
d-MMM\u{60C} y|ug|2||s|d1,2 l2D n769 l60C l20 d4,4
y d-MMM|ug|||s|d4,4 l20 d1,2 l2D n769
y d-MMM\u{60C} EEE|ug|||s|d4,4 l20 d1,2 l2D n769 l60C l20 n771
y-d-M\u{60C} EEE|ug|||s|d4,4 l2D d1,2 l2D d1,2 l60C l20 n771
EEEE\u{60C} d MMMM\u{60C} y|ur|0||s|n772 l60C l20 d1,2 l20 n773 l60C l20 d4,4
d MMMM\u{60C} y|ur|1||s|d1,2 l20 n773 l60C l20 d4,4
d MMM\u{60C} y|ur|2||s|d1,2 l20 n773 l60C l20 d4,4
EEE\u{60C} d MMM\u{60C} y|ur|||s|n772 l60C l20 d1,2 l20 n773 l60C l20 d4,4
EEE\u{60C} d/M/y|ur|||s|n772 l60C l20 d1,2 l2F d1,2 l2F d4,4
EEEE\u{60C} d MMMM\u{60C} y|ur_IN|0||sz6F0|n772 l60C l20 d1,2 l20 n773 l60C l20 d4,4
d MMMM\u{60C} y|ur_IN|1||sz6F0|d1,2 l20 n773 l60C l20 d4,4
d MMM\u{60C} y|ur_IN|2||sz6F0|d1,2 l20 n773 l60C l20 d4,4
d/M/yy|ur_IN|3||z6F0|d1,2 l2F d1,2 l2F d2,2
EEE\u{60C} d MMM\u{60C} y|ur_IN|||sz6F0|n772 l60C l20 d1,2 l20 n773 l60C l20 d4,4
EEE\u{60C} d/M/y|ur_IN|||sz6F0|n772 l60C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d-MMMM, y|uz|0||s|n774 l2C l20 d1,2 l2D n775 l2C l20 d4,4
d-MMMM, y|uz|1||s|d1,2 l2D n775 l2C l20 d4,4
d-MMM, y|uz|2||s|d1,2 l2D n776 l2C l20 d4,4
EEE, d-MMM, y|uz|||s|n777 l2C l20 d1,2 l2D n776 l2C l20 d4,4
EEE, dd/MM/y|uz|||s|n777 l2C l20 d2,2 l2F d2,2 l2F d4,4
G y MMMM d, EEEE|uz_Arab|0||z6F0|l41 l50 l20 d4,4 l20 n481 l20 d1,2 l2C l20 n272
G y MMM d, EEE|uz_Arab|||z6F0|l41 l50 l20 d4,4 l20 n481 l20 d1,2 l2C l20 n778
GGGGG y-MM-dd, EEE|uz_Arab|||z6F0|l41 l50 l20 d4,4 l2D d2,2 l2D d2,2 l2C l20 n778
EEEE, dd MMMM, y|uz_Cyrl|0||s|n779 l2C l20 d2,2 l20 n780 l2C l20 d4,4
d MMMM, y|uz_Cyrl|1||s|d1,2 l20 n780 l2C l20 d4,4
d MMM, y|uz_Cyrl|2||s|d1,2 l20 n185 l2C l20 d4,4
EEE, d-MMM, y|uz_Cyrl|||s|n781 l2C l20 d1,2 l2D n185 l2C l20 d4,4
EEEE, d MMMM, y|uz_Cyrl|||s|n779 l2C l20 d1,2 l20 n780 l2C l20 d4,4
EEE, dd/MM/y|uz_Cyrl|||s|n781 l2C l20 d2,2 l2F d2,2 l2F d4,4
EEEE, d MMMM y|vai|0||s|n782 l2C l20 d1,2 l20 n783 l20 d4,4
d MMMM y|vai|1||s|d1,2 l20 n783 l20 d4,4
d MMM y|vai|2||s|d1,2 l20 n784 l20 d4,4
EEE, MMM d, y|vai|||s|n782 l2C l20 n784 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|vai|||s|n782 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|vai_Latn|0||s|n785 l2C l20 d1,2 l20 n786 l20 d4,4
d MMMM y|vai_Latn|1||s|d1,2 l20 n786 l20 d4,4
d MMM y|vai_Latn|2||s|d1,2 l20 n786 l20 d4,4
MMM d y|vai_Latn|||s|n786 l20 d1,2 l20 d4,4
EEE, MMM d, y|vai_Latn|||s|n785 l2C l20 n786 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|vai_Latn|||s|n785 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d. MMMM y|wae|0||s|n787 l2C l20 d1,2 l2E l20 n788 l20 d4,4
d. MMMM y|wae|1||s|d1,2 l2E l20 n788 l20 d4,4
d. MMM y|wae|2||s|d1,2 l2E l20 n789 l20 d4,4
EEE, d. MMM y|wae|||s|n790 l2C l20 d1,2 l2E l20 n789 l20 d4,4
y-MM-dd, EEE|wae|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n790
EEEE, d MMM, y|wo|0||s|n791 l2C l20 d1,2 l20 n792 l2C l20 d4,4
d MMMM, y|wo|1||s|d1,2 l20 n793 l2C l20 d4,4
d MMM, y|wo|2||s|d1,2 l20 n792 l2C l20 d4,4
d MMM y|wo|||s|d1,2 l20 n792 l20 d4,4
EEE, d MMM y|wo|||s|n794 l2C l20 d1,2 l20 n792 l20 d4,4
EEEE, d MMMM, y|wo|||s|n791 l2C l20 d1,2 l20 n793 l2C l20 d4,4
EEE, dd-MM-y|wo|||s|n794 l2C l20 d2,2 l2D d2,2 l2D d4,4
EEEE, MMMM d, y|xh|0||s|n795 l2C l20 n796 l20 d1,2 l2C l20 d4,4
MMMM d, y|xh|1||s|n796 l20 d1,2 l2C l20 d4,4
MMM d, y|xh|2||s|n797 l20 d1,2 l2C l20 d4,4
EEE, MMM d, y|xh|||s|n798 l2C l20 n797 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|xh|||s|n798 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|xog|0||s|n799 l2C l20 d1,2 l20 n468 l20 d4,4
EEE, MMM d, y|xog|||s|n800 l2C l20 n469 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|xog|||s|n800 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|yav|0||s|n801 l20 d1,2 l20 n802 l20 d4,4
d MMMM y|yav|1||s|d1,2 l20 n802 l20 d4,4
d MMM y|yav|2||s|d1,2 l20 n803 l20 d4,4
EEE d MMM y|yav|||s|n804 l20 d1,2 l20 n803 l20 d4,4
EEE d/M/y|yav|||s|n804 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, dטן MMMM y|yi|0||s|n805 l2C l20 d1,2 l5D8 l5DF l20 n806 l20 d4,4
dטן MMMM y|yi|1||s|d1,2 l5D8 l5DF l20 n806 l20 d4,4
dטן MMM y|yi|2||s|d1,2 l5D8 l5DF l20 n806 l20 d4,4
EEE, dטן MMM y|yi|||s|n805 l2C l20 d1,2 l5D8 l5DF l20 n806 l20 d4,4
EEE, d/M/y|yi|||s|n805 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMM y|yo|0||s|n807 l2C l20 d1,2 l20 n808 l20 d4,4
d MMM y|yo|1||s|d1,2 l20 n808 l20 d4,4
d MM y|yo|2||s|d1,2 l20 d2,2 l20 d4,4
EEE, d MMM , y|yo|||s|n809 l2C l20 d1,2 l20 n808 l20 l2C l20 d4,4
EEEE, d MMMM y|yo|||s|n807 l2C l20 d1,2 l20 n810 l20 d4,4
d MMMM y|yo|||s|d1,2 l20 n810 l20 d4,4
d/M/y, EEE|yo|||s|d1,2 l2F d1,2 l2F d4,4 l2C l20 n809
EEEE, d MMM y|yo_BJ|0||s|n811 l2C l20 d1,2 l20 n812 l20 d4,4
d MMM y|yo_BJ|1||s|d1,2 l20 n812 l20 d4,4
EEE, d MMM , y|yo_BJ|||s|n813 l2C l20 d1,2 l20 n812 l20 l2C l20 d4,4
EEEE, d MMMM y|yo_BJ|||s|n811 l2C l20 d1,2 l20 n814 l20 d4,4
d MMMM y|yo_BJ|||s|d1,2 l20 n814 l20 d4,4
d/M/y, EEE|yo_BJ|||s|d1,2 l2F d1,2 l2F d4,4 l2C l20 n813
EEEE, d MMMM y|yrl|0||s|n815 l2C l20 d1,2 l20 n816 l20 d4,4
d MMMM y|yrl|1||s|d1,2 l20 n816 l20 d4,4
d MMM y|yrl|2||s|d1,2 l20 n817 l20 d4,4
EEE, d MMM y|yrl|||s|n818 l2C l20 d1,2 l20 n817 l20 d4,4
EEE, dd/MM/y|yrl|||s|n818 l2C l20 d2,2 l2F d2,2 l2F d4,4
y年M月d日 EEE|yue|||s|d4,4 l5E74 d1,2 l6708 d1,2 l65E5 l20 n4
y/M/d\u{FF08}EEE\u{FF09}|yue|||s|d4,4 l2F d1,2 l2F d1,2 lFF08 n4 lFF09
EEEE d MMMM y|zgh|0||s|n819 l20 d1,2 l20 n679 l20 d4,4
y MMM d|zgh|||s|d4,4 l20 n680 l20 d1,2
d/M/y\u{FF08}EEE\u{FF09}|zh_Hans_HK|||s|d1,2 l2F d1,2 l2F d4,4 lFF08 n5 lFF09
y年M月d日\u{FF0C}EEE|zh_Hans_MO|||s|d4,4 l5E74 d1,2 l6708 d1,2 l65E5 lFF0C n5
y年M月d日EEE|zh_Hant_HK|||s|d4,4 l5E74 d1,2 l6708 d1,2 l65E5 n73
d/M/y\u{FF08}EEE\u{FF09}|zh_Hant_HK|||s|d1,2 l2F d1,2 l2F d4,4 lFF08 n73 lFF09
EEEE, MMMM d, y|zu|0||s|n820 l2C l20 n821 l20 d1,2 l2C l20 d4,4
MMMM d, y|zu|1||s|n821 l20 d1,2 l2C l20 d4,4
MMM d, y|zu|2||s|n822 l20 d1,2 l2C l20 d4,4
EEE, MMM d, y|zu|||s|n823 l2C l20 n822 l20 d1,2 l2C l20 d4,4
y-MM-dd, EEE|zu|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n823
"""

    /// Every name of those lists in code point order: name|entries (list << 4 | value, hex).
    static let embeddedNameText = """
1-Kysã|1900
1-р сар|21B0
10-Kysã|1909
10-р сар|21B9
10Ky.|1919
10월|99
11-Kysã|190A
11-р сар|21BA
11Ky.|191A
11월|9A
12|EEB
12-Kysã|190B
12-р сар|21BB
12Ky.|191B
12월|9B
1Ky.|1910
1월|90
2-Kysã|1901
2-р сар|21B1
2Ky.|1911
2월|91
3-Kysã|1902
3-р сар|21B2
3Ky.|1912
3월|92
4-Kysã|1903
4-р сар|21B3
4Ky.|1913
4월|93
5-Kysã|1904
5-р сар|21B4
5Ky.|1914
5월|94
6-Kysã|1905
6-р сар|21B5
6Ky.|1915
6월|95
7-Kysã|1906
7-р сар|21B6
7Ky.|1916
7월|96
8-Kysã|1907
8-р сар|21B7
8Ky.|1917
8월|97
9-Kysã|1908
9-р сар|21B8
9Ky.|1918
9월|98
A-K|5C6
AGA|1FC7
ART|1984
Aar|2E42
Ab|EA3
Aban|1E1A
Abr|BD3 18D3 2633 29F3 2C33 3153
Abr.|1D13
Abril|BC3 18C3 2623 29E3
Abrille|3143
Abrëll|1D03
Aburil|E93
Ado|24B6
Adooleessa|24A6
Afi|1463
Afirilu|1453
Aga|31D7 3367
Agasti|1FB7 31C7 3357
Ago|6F7 BD7 1777 18D7 1EF7 2637
Agosti|6E7 13D7 1B67
Agosto|BC7 2627
Agostu|18C7
Ags|2D77
Agt|13E7 17A7
Agu|507 1467 1D57
Agusito|1D47
Agusta|1457
Agusti|1767
Agustus|4F7 2D67
Agɛ|32C6
Agẹ|3286
Ahad|1790 17B0 2230
Ahd|2260
Aib|12A3
Aibreán|1293
Aj|3291 32D1
Akr|3003
Akras|2FD3
Akw|3004
Akwas|2FD4
Al|1F04
Ala|DB3 EB3 1943
Alah|2050
Alahady|2020
Alahamisi|2884
Alak|2054
Alakamisy|2024
Alamíisi|1CB4
Alar|2053
Alarba|D83 1933 2A13
Alarbay|E83
Alarobia|2023
Alats|2051
Alatsinainy|2021
Alaámisi|1F74
Alh|704 DB0 1474 1784 1940 1B74 1CE4 2744 28B4
Alhadi|D80 1930 2A10
Alhamiisa|1934 2A14
Alhamis|1444
Alhamisi|6D4 D84 1754 1B54 2714
Alj|1945
Aljuma|1935
Alm|DB4 1944
Alt|31A1
Altine|3171
Alx|31A4
Alxamis|3174
Alz|DB5
Alzuma|D85 2A15
Ama|24B0
Amajjii|24A0
Aneg 1|20A0
Aneg 2|20A1
Aneg 3|20A2
Aneg 4|20A3
Aneg 5|20A4
Aneg 6|20A5
Aneg 7|20A6
Aog|2047
Aogositra|2037
Aoine|12B5
Aoǁkhuumûǁkhâb|2337
Apiriri|13D3
Aplili|1B63
Apr|13 1B3 1C3 503 6F3 1263 1363 13E3 1773 17A3 1BE3 1EF3 2043 2253 2293 2D73
Apr.|D3 543 D73
Aprell|1BD3
April|33 C3 4F3 533 D63 1253 1353 2243 2283 2D63
Aprili|6E3
Aprily|2033
Aprilyi|1763
Apu|1D53
Apuli|1D43
Ara|30B EB4 2094
Arahamisi|2064
Aralık|2EB
Aramisay|E84
Aramisi|13C4
Aramithi|F04 1954
Arbaco|2C13
Arbc|2C43
Are|2830
Arj|EB5
Arjuma|E85
Arm|F34
Ars|13F4
Ará|1F91
Arát|1F81
Asa|1476 3000
Asab|2056
Asabar|1446
Asabotsy|2026
Asamas|2FD0
Ase|31A6
Aseer|3176
Asi|DB6
Asibti|D86 2A16
Asimwas|2FD5
Asinas|2FD2
Asiḍyas|2FD6
Asm|3005
Asn|3002
Ass|1946
Assabdu|1936
Asḍ|3006
Ata|DB2 1942
Atalaata|D82 2A12
Atalata|1932
Ati|DB1 1941
Atini|1931
Atinni|D81 2A11
Aug|17 1B7 1C7 1267 1367 29F7
Aug.|D7 547 D77 1D17
Auguscht|1357
August|37 C7 D67 1D07
Augusto|29E7
Augustus|537 1257
Averil|1403
Avo|1227
Avost|1217
Avr|1223
Avrril|1423
Avrîl|1213
Awi|DA3
Awiril|D93
Awr|3183
Awril|3193
Awst|CF7 D07
Aww|2297
Awwissu|2287
Axad|2C10
Axd|2C40
Ayn|3001
Aynas|2FD1
Ayɛwoho-Kitawonsa|5B6
Azar|1E1B
Ağu|307
Ağustos|2E7
Aŋpétunuŋpa|1D72
Aŋpétutopa|1D74
Aŋpétuwakȟaŋ|1D70
Aŋpétuwaŋži|1D71
Aŋpétuyamni|1D73
Aŋpétuzaptaŋ|1D75
B.|780
B.e.|781
Bahman|1E11
Bal|1D61
Bala|3201
Balaza|1D31 31F1
Bar|2E41
Beal|12A4
Bealtaine|1294
Ben|5D2
Benada|5A2
Bikua-ôko|2A20
Bil|3372
Bisha Afraad|2C23
Bisha Koobaad|2C20
Bisha Kow iyo Tobnaad|2C2A
Bisha Laba iyo Tobnaad|2C2B
Bisha Labaad|2C21
Bisha Lixaad|2C25
Bisha Saddexaad|2C22
Bisha Sagaalaad|2C28
Bisha Shanaad|2C24
Bisha Sideedaad|2C27
Bisha Tobnaad|2C29
Bisha Todobaad|2C26
Bit|24B2
Bitooteessa|24A2
Biy|BE5 11A5
Biyernes|BB5 1195
Bk1|2A50
Bk2|2A51
Bk3|2A52
Bk4|2A53
Bk5|2A54
Boaldyn|1404 1424
Brá|3155
Bráčet|3145
Budh|1553
Budhwaar|1543
Bur|1A58
Bureet|1A48
Bäkɛl|2486
Bäkɛl lätni|2456
Bél|328A 32CA
Bêl|2A44
Bêläwü|2A34
Bìòôm|7E9
Bïkua-okü|2A24
Bïkua-ptâ|2A22
Bïkua-usïö|2A23
Bïkua-ûse|2A21
Bɔ\u{301}r|1F97
C.|785
C.a.|784
CKI|22D2
CLA|22D1
CN|4D0
Caamsa|24A4
Cam|24B4
Can|13E0
Caw|31E0
Cawe|31B0
Cga|22E5
Chanuari|13D0
Che|2083
Chg|2BF6
Chikumi|2BD5
Chikunguru|2BD6
China|2BE4
Chinai|29D4
Chipiri|29D2 2BE2
Chiposi|29D1
Chishanu|29D5 2BE5
Chitatu|29D3 2BE3
Chivabvu|2BD4
Chk|2BF5
Chn|2C04
Chor|3093
Chp|2C02
Chr|315B
Chrištmánet|314B
Chs|2C05
Cht|2C03
Chulai|13D6
Chumaine|13C2
Chumapiri|13C0
Chumatano|13C3
Chumatato|13C1
Chv|2BF4
Chwef|D01
Chwefror|CF1
Chủ Nhật|4A0
Cio|1E80
Ciongo|1E70
Cis|1E8B
Ciswà|1E7B
Cka|22E4
Cko|22E3
Cla|22E1
Cmn|13F2
Cmt|316 13F3
Cokcwaklaŋne|22C1
Cokcwaklii|22C2
Comgaisuu|22B5
Comkaldǝɓlii|22B4
Comkolle|22B3
Comlaaɗii|22B1
Comzyeɓsuu|22B6
Comzyiiɗii|22B2
Com\u{2019}yakke|22B0
Cpr|13F0
Cs|15F4
Cte|1828
Ctembeṛ|1818
Ctt|13F1
Cul|13E6
Cum|315
Cuma|2F5
Cumartesi|2F6
Cut|2FF8
Cutanbir|2FE8
Cya|22E0
Cze|22E6
Czi|22E2
Cäŋ|2480
Cäŋ kuɔth|2450
Cèit|12E4
Céad|12B3
Cʼhwe.|A11
Cʼhwevrer|A01
D-Ɔ|5C7
DAB|1EC7
DAC|1EC0
DAD|1EC2
DAG|1ECB
DAH|1EC4
DAN|1EC3
DAO|1EC6
DAP|1EC9
DAR|1EC1
DAU|1EC5
DEC|1FCB
DFómh|12A9
DGI|1ECA
DIT|197B
DOC|1EC8
Dal|1F90
Dat|8A2
De|EAB 2342
Dec|1B 1BB 1CB 6FB 29FB
December|3B
Decembro|29EB
Dee|DAB
Deesanbur|D9B
Deireadh Fómhair|1299
Denstaxtsees|2322
Des|50B 126B 177B 17AB 1D5B 1EFB 204B 318B
Des.|54B
Desambra|203B
Desemba|6EB 176B 1B6B 1D4B
Desember|4FB 53B
Desimber|125B
Desàmbar|319B
Dey|1E10
Dez|136B 1BEB
Dez.|DB D7B 1D1B
Dezember|CB D6B 1D0B
Dezämber|135B 1BDB
Dhieec|2485
Dhieec lätni|2455
Di.|E2 552 1BF2
DiC|12F3
DiCiadain|12C3
DiD|12F0
DiDòmhnaich|12C0
DiL|12F1
DiLuain|12C1
DiM|12F2
DiMàirt|12C2
DiS|12F6
DiSathairne|12C6
Dia|12F4
DiarDaoin|12C4
Dib|31A0
Dibéer|3170
Dic|122B 263B
Dicemba|1FBB
Dicembar|121B
Diciembre|262B
Die|2C80
Dienstag|B2
Difuu-Ɔsandaa|5B7
Dih|12F5
DihAoine|12C5
Dil|24C0
Dilbata|2490
Dim|EB0 2A00
Dimas|E80
Dimingu|29D0
Dinnsdaach|1BC2
Dinsdag|522
Dis|87B BDB 13EB 146B 16AB 225B 25CB 2C3B 31DB 336B
Disamba|145B
Disambar|E9B
Disemba|86B 13DB 169B 31CB 335B
Disember|224B
Disyembre|BCB
Disẹ\u{301}mba|25BB
Diz|18DB
Dizenbru|18CB
Diċ|229B
Diċembru|228B
Diɔ\u{331}k|2483
Diɔ\u{331}k lätni|2453
Do|2344
Do.|E4 554
Dom|BE0 2640
Domh|12B0
Domingo|BB0 2610
Don.|1D24
Donderdag|524
Dondertaxtsees|2324
Donnerstag|B4
Donneschdeg|1CF4
Doy|1F93
Du|A0A A1A 1C6A
Du.|1374 1BF4
Duj|2FFB
Dujanbir|2FEB
Dum|2700
Dun|2E33
Dunnersdaach|1BC4
Dunschtig|1344
Dush|3091
Duä|2474
Duät|2464
Duǧ|182B
Duǧembeṛ|181B
Duɔ\u{331}ɔ\u{331}|2472
Duɔ\u{331}ɔ\u{331}ŋ|2462
Dwe mar Abich|1EB4
Dwe mar Abiriyo|1EB6
Dwe mar Aboro|1EB7
Dwe mar Achiel|1EB0
Dwe mar Adek|1EB2
Dwe mar Ang\u{2019}wen|1EB3
Dwe mar Apar|1EB9
Dwe mar Apar gi ariyo|1EBB
Dwe mar Ariyo|1EB1
Dwe mar Auchiel|1EB5
Dwe mar Ochiko|1EB8
Dwe mar gi achiel|1EBA
Dwo|5D1
Dwowda|5A1
Dydd Gwener|CE5
Dydd Iau|CE4
Dydd Llun|CE1
Dydd Mawrth|CE2
Dydd Mercher|CE3
Dydd Sadwrn|CE6
Dydd Sul|CE0
Dàmh|12E9
Dé Céadaoin|1283
Dé Domhnaigh|1280
Dé Luain|1281
Dé Máirt|1282
Dé Sathairn|1286
Dé hAoine|1285
Déar|12B4
Déardaoin|1284
Dés|2D7B
Désémber|2D6B
Dën.|1D22
Dënschdeg|1CF2
Dìpɔ\u{300}s|7E8
Dùbh|12EB
E|1061
E-K|5C4
E-O|5C3
E-Ɔ|5C2
Ean|12A0
Eanáir|1290
Ebr|D03 1C63
Ebr.|A13
Ebrel|A03
Ebrill|CF3
Ebɔbira-Oforisuo|5B3
Ebɔw-Ɔbenem|5B2
Eki|309
Ekim|2E9
Elb|24B3
Elba|24A3
Ene|BD0 2630
Enero|BC0 2620
Enj|2C84
Eost|A07 A17
Epe|1A59
Epeeso|1A49
Eph|3363
Ephreli|3353
Epr|873 16A3 31D3
Epreel|1693
Epreli|31C3
Epreo|863
Erb|22A3
Esabato|13C6
Esfand|1E12
Est|13F6 1C67
Esusow Aketseaba-Kɔtɔnimba|5B4
Eyl|308
Eylül|2E8
F-Ɛ|5C8
FDE|22D8
FEB|1FC1
FGW|22DA
FLO|22D0
FMF|22D3
FMU|22D9
FYU|22DB
Fab|1461
Faburairu|1451
Fal|2F85
Falaite|2F55
Fankwa-Ɛbɔ|5B8
Faoi|12E0
Farvardin|1E13
Fe|EA1
Feabh|12A1
Feabhra|1291
Feb|11 1B1 1C1 501 6F1 871 1261 1361 13E1 16A1 1771 17A1 18D1 1D51 1EF1 2041 2251 2631 2C31 31D1 3361
Feb.|D1 541 D71 1D11
Febluali|1B61
Febrero|2621
Febreru|18C1
Febrewaris|1251
Febroary|2031
Februar|C1 D61 1351 1D01
Februari|4F1 6E1 861 1761 2241
Februarie|531
February|31
Februwari|31C1 3351
Febrụwarị|1691
Feburari|13D1
Feburuarĩ|1FB1
Febwaliyo|1D41
Fee|DA1
Feewiriye|D91
Fev|1221 29F1
Fevreiro|29E1
Fevrâr|1211
Few|3181
Fewriyee|3191
Fia|5D5
Fida|5A5
Fr|2345
Fr.|E5 1375 1BF5
Fra|2291
Fraitaxtsees|2325
Frar|2281
Fraí|25D5
Fraídè|25A5
Fraị|16B5
Fraịdee|1685
Fre.|1D25
Freideg|1CF5
Freitag|B5
Fri|5 3165
Friday|25
Friidaach|1BC5
Friitig|1345
Fritag|3135
Fró|3164
Fróntag|3134
Ful|24B8 2A41
Fulundïgi|2A31
Fur|1821
Fuulbana|24A8
Fuṛar|1811
Fäb|1BE1
Fäbrowa|1BD1
Fébirie|E91
Fön|2A45
Föndo|2A35
Fúngatɨ|1CD0
Fēp|2F71
Fēpueli|2F61
Fĩi Dǝɓlii|22C8
Fĩi Gwahlle|22CA
Fĩi Loo|22C0
Fĩi Marfoo|22C3
Fĩi Mundaŋ|22C9
Fĩi Yuru|22CB
Fɛlâyɛdɛ|1735
Fẹ\u{301}b|25C1
Fẹ\u{301}búári|25B1
Gamaǀaeb|2335
Gan|F25
Gas.|26A1
Gashyantare|2751
Gat|F24
Gearr|12E1
Gen|1C60
Gen.|A10
Genver|A00
Gibl|12E3
Gic.|26A4
Gicurasi|2754
Gitugutu|2699
Gor|1C66
Gorff|D06
Gorffennaf|CF6
Goue.|A16
Gouere|A06
Guak|2463 2473
Gum|2BF9
Gumiguru|2BD9
Gun|2BF8
Gunyana|2BD8
Gur|24B1
Guraandhala|24A1
Guru|1554
Guruwaar|1544
Gwe|1C75
Gwe.|A25
Gwen|D15
Gwen.|A18
Gwener|9F5
Gwengolo|A08
Gwn|1C68
Gís|1F99
H|15F1
Hag|24B7
Hagayya|24A7
Han|8A4
Haz|305
Haziran|2E5
Hed|1C69
Hei|3156
Heiwet|3146
Hep|20F8
Hepetema|20E8
Her|3158
Herbštmánet|3148
Here|A09 A19
Hid|8B3
Hih|8B5
Hit|8B4
Hiv|8B2
Hla|31E5 3375
Hor|3151
Hornig|3141
Hul|BD6
Hulyo|BC6
Hun|BD5
Hune|20E5 20F5
Hunyo|BC5
Hut|8A0
Huw|BE4 11A4
Huwebes|BB4 1194
Hwe|1C61
Hyd|D09
Hydref|CF9
Hën|2C81
Hìkaŋ|7E7
Hìlòndɛ\u{300}|7E5
Hôasoreǁkhâb|233B
Hān|20F0
Hānuere|20E0
Hūr|20F6
Hūrae|20E6
ISonto|3340
Ian.|14A0
Ianuali|1490
Iau|D14
Ibr|2FF3
Ibrir|2FE3
Ichuma|13C5
Icm|13F5
Idwaata|1CD5
Igi|F2B
Ij|1F05
Ijm|705 1CE5 2746
Ijn|2742
Ijp|2740
Ijt|2741
Ijtn|2743
Iju|1785 1B75 2095 2745 28B5
Ijumaa|6D5 1755 1B55 2065 2715 2885
Ijumamosi|2716
Ijumanne|2712
Ijumapili|2710
Ijumatano|2713
Ijumatatu|2711
Ijumáa|1CB5
Ike|D48
Iku|D49 F29
Ikúmi|1CD3
Il-Ġimgħa|2275
Il-Ħadd|2270
Il-Ħamis|2274
Ile|2825 2834
Imb|D40
Ime|2824
Imw|D4A F2A
Ine|F32 2833
Inyambala|1CD4
Inyi|1CD9
Ion|D00
Ionawr|CF0
Is-Sibt|2276
Isi|2827
Isn|2261 2C41
Isniin|2C11
Isnin|2231
It-Tlieta|2272
It-Tnejn|2271
Ituku ja jumwa|D20
Iuch|12E6
Iul.|14A6
Iulai|1496
Iun.|14A5
Iune|1495
Iwi|D4B
Iwo|1A53
Iwootkuut|1A43
Iúil|1296 12A6
Ištáwičhayazaŋ Wí|1D82
J-fouyir|1429
J-guer|1420
J-souree|1426
J1|1F06
J2|1F00
J3|1F01
J4|1F02
J5|1F03
JAN|1FC0
JEN|1970
JMP|1ED0
JUM|1FD6
Jan|10 1B0 1C0 500 6F0 870 1260 1360 1460 1770 17A0 18D0 1BE0 1D50 1EF0 2040 2250 2290 29F0 2C30 2D70 31D0 3360
Jan.|D0 540 1D10
Janairu|1450
Janeiro|29E0
Janeru|18C0
Jannar|2280
Jannewa|1BD0
Jannewaris|1250
Janoary|2030
Januali|1B60
Januar|C0 1350 1D00
Januari|4F0 6E0 860 1760 2240 2D60
Januarie|530
January|30
Januarĩ|1FB0
Januwari|3350
Janwaliyo|1D40
Janyuwari|31C0
Jed|1430
Jedoonee|1410
Jeh|1435
Jeheiney|1415
Jel|1431
Jelhein|1411
Jem|1432
Jemayrt|1412
Jen|16A0 3150
Jenner|3140
Jenụwarị|1690
Jerc|1433
Jercean|1413
Jerd|1434
Jerdein|1414
Jerrey-fouyir|1409
Jerrey-geuree|1400
Jerrey-souree|1406
Jes|1436
Jesarn|1416
Jiec|2481
Jiec la\u{331}t|2451
Jim|D51 24C5
Jimaata|2495
Jimco|2C15
Jmc|2C45
Jmn|1B72
Jmo|706 1786 1B76 2096 28B6
Jnn|702 1782 2092 28B2
Joi|2704
Jol|2046 2E36
Jolay|2036
Jon|2045
Jona|2035
Jpi|700 1780 1B70
Jtn|703 1783 1B73 2093 28B3
Jtt|701 1781 1B71 2091 28B1
Jue|2644
Jueves|2614
Jug|1225
Jugn|1215
Jul|16 1B6 506 6F6 876 1266 1366 16A6 1776 17A6 18D6 1BE6 1D56 1EF6 2256 25C6 2636 29F6 2D76 31D6 3366
Jul.|546
Julaayi|1D46
Julai|6E6 866 1B66 2246 25B6
Julayi|31C6 3356
Julaị|1696
Julho|29E6
Julhu|18C6
Juli|C6 D6 4F6 D66 D76 1356 1D06 1D16 2D66
Julie|536
Julio|2626
July|36 1C6 1256
Julyai|1766
Jum|515 D50 1475 17B5 2265 2D85 2E40 3095
Jumaah|2D55
Jumaamosi|1B56
Jumaane|1B52
Jumaapii|1B50
Jumaat|2235
Jumaatano|1B53
Jumaatatu|1B51
Jumamosi|6D6 1756 1EE6 1FA6 2066 2886
Jumamóosi|1CB6
Jumamósi|1F76
Jumane|1F72
Jumanne|6D2 1752 1EE2 2062 2882
Jumapil|1EA0
Jumapili|6D0
Jumapilyi|1750
Jumapiri|1EE0
Jumapíiri|1CB0
Jumapílí|1F70
Jumat|4E5 1795
Jumatano|6D3 1EE3 2063 2883
Jumatanu|1753
Jumatatu|6D1 1EE1 2061 2881
Jumatatuu|1751
Jumatáano|1CB3
Jumatánɔ|1F73
Jumatátu|1CB1 1F71
Jumaíne|1CB2
Jummaʼa|1445
Jumáa|1F75
Jun|15 1B5 505 6F5 875 1265 1365 13E5 1775 17A5 18D5 1BE5 1EF5 2245 2255 25B5 25C5 2635 29F5 2C35 2D75 31D5 3365
Jun.|545
June|35 1C5
Junho|29E5
Junhu|18C5
Juni|C5 D5 4F5 6E5 865 D65 D75 1355 13D5 1B65 1D05 1D15 2D65 31C5 3355
Junie|535
Junio|2625
Juny|1255
Junyi|1765
Juu|16A5 1D55
Juuli|1BD6
Juun|1695
Juuni|1BD5 1D45
Jän.|D70
Jänner|D60
Jén|25C0
Jénúári|25B0
K|1063 15F2
K-Ɔ|5C1
KBR|C11
KBZ|C10
KIU|1FD0
KKM|C19
KKN|C13
KMA|1980
KMK|C15
KMN|C17
KMS|C16
KMW|C18
KNB|C1B
KNK|C1A
KST|C12
KTN|C14
Kab|1E86
Kabàlàshìpù|1E76
Kad|D42 D53
Kai|F21
Kak|2A4B
Kakauka|2A3B
Kam|514 17B4 24C4
Kam.|26A5
Kamena|2755
Kamiisa|2494
Kamis|4E4 1794
Kan|D43 D54 F23 1863 2E45
Kan.|26A7
Kanama|2757
Kar|D45
Kas|30A D44 D55 1E8A
Kaswèkèsè|1E7A
Kasım|2EA
Kat|F22
Kaw|D41 D52
Keenda|1CD2
Kek.|14AB
Kekemapa|149B
Kel|1861
Kem|2D84
Kemis|2D54
Ken|F28
Kep.|14A8
Kepakemapa|1498
Kerzu|A0B
Kev|1C6B
Kha|2264
Khamiis|2C14
Khamis|2234
Khms|2C44
Khordad|1E15
Kifula nguwo|D26
Kigarama|269B
Kipsuunde ne taai|1A4A
Kipsuunde nebo aeng\u{2019}|1A4B
Kiptaamo|1A42
Kiumia|F00 1950 1FA0
Kma|F30
Kmb|8AB
Kmj|8AA
Knd|1868
Knn|F27
Koa|1A64
Koaeng\u{2019}|1A32
Koang\u{2019}wan|1A34
Kol|1A66
Kolo|1A36
Kom|1A65
Komuut|1A35
Koo|1A62
Kor|2475
Kornyoot|2465
Kos|1A63
Kosomok|1A33
Kot|1A61
Kotaai|1A31
Kotisap|1A30
Kpa|1A5B
Kpt|1A5A
Kraḍ|1832
Kraḍass|1802
Ktn|1864
Kts|1A60
Ktũ|1862
Ku cyumweru|2760
Ku wa gatandatu|2686
Ku wa gatanu|2685
Ku wa gatatu|2683
Ku wa kabiri|2682
Ku wa kane|2684
Ku wa mbere|2681
Ku w\u{2019}indwi|2680
Kub|2BF3
Kubi|3202
Kubvumbi|2BD3
Kuk|2BF1
Kukadzi|2BD1
Kum|8A9 2089
Kun|2831
Kuna|3204
Kur|246A 247A 2BF2
Kuramuka jimweri|D21
Kuramuka kadadu|D23
Kuramuka kana|D24
Kuramuka kasanu|D25
Kuramuka kawi|D22
Kurume|2BD2
Kusa|3203
Kuta|3205
Kuwa gatandatu|2766
Kuwa gatanu|2765
Kuwa gatatu|2763
Kuwa kabiri|2762
Kuwa kane|2764
Kuwa mbere|2761
Kuẓ|1833
Kuẓass|1803
Kwa|2080 2E32
Kwakwar-Ɔgyefuo|5B1
Kwe|5D0 2836
Kwesida|5A0
Kwiidwaata|1CC5
Kwiikumi|1CC3
Kwiinyambála|1CC4
Kwiinyi|1CC9
Kzu.|A1B
Kújúɔrɔk|1F85
Kús|1F98
Kúshîn|1F88
Kük|2A47
Kükürü|2A37
Kɔndɔŋ|7E0
Kʉfúngatɨ|1CC0
Kʉkeenda|1CC2
Kʉmʉʉnchɨ|1CC6
Kʉnaanɨ|1CC1
Kʉsaano|1CCA
Kʉsaatʉ|1CC8
Kʉsasatʉ|1CCB
Kʉvɨɨrɨ|1CC7
Kṭu|2FF9
Kṭuber|2FE9
L|1066
L-Erbgħa|2273
LP|14B0
Laa|2479
Laath|2469
Lab|2E3A
Lah|1470
Lahadi|1440
Lapa le ile|2815
Lapa le imet|2814
Lapa le isiet|2817
Lapa le obo|2810
Lapa le okuni|2812
Lapa le ong\u{2019}wan|2813
Lapa le saal|2818
Lapa le sapa|2816
Lapa le tomon|2819
Lapa le tomon obo|281A
Lapa le tomon waare|281B
Lapa le waare|2811
Lar|1473
Laraba|1443
Lem|8B6
Len|2A46
Lengua|2A36
Liduva litandi|1886
Liduva lyanchechi|1882
Liduva lyannyano|1883
Liduva lyannyano na linji|1884
Liduva lyannyano na mavili|1885
Liduva lyapili|1880
Liduva lyatatu|1881
Lin|11A0
Linggo|1190
Lit|1471
Litinin|1441
Ll1|18A6
Ll2|18A0
Ll3|18A1
Ll4|18A2
Ll5|18A3
Ll6|18A4
Ll7|18A5
Llun|D11
Luan|12B1
Luanistyn|1407 1427
Lub|1E96
Lubingu|1E66
Luf|1E85
Lufuimi|1E75
Lui|1216 1226 1E81
Lul|2296 2C36
Lulju|2286
Lum|1E84 1E90
Lumingu|1E60
Lumùngùlù|1E74
Lun|9F1 A21 BE1 11A1 1C71 1E89 2641 2701
Lunes|BB1 1191 2611
Lungùdi|1E79
Lus|1E82
Lush|1E87
Lusòlo|1E72
Lut|1E88
Lutongolo|1E78
Lw2|1D62
Lw3|1D63
Lw4|1D64
Lw5|1D65
Lw6|1D66
Lwakubiri|1D32
Lwakuna|1D34
Lwakusatu|1D33
Lwakutaano|1D35
Lwamukaaga|1D36
Lwe|237A
Lwesb|31E2
Lwesibini|31B2
Lwesihlanu|31B5
Lwesine|31B4
Lwesithathu|31B3
Lwezi|236A
Lâp|2A55
Lâpôsö|2A25
Lây|2A56
Lâyenga|2A26
Lép|1F94
Lìbuy li ńyèe|7EB
Lùishi|1E71
Lùna|12E7
Lùshìkà|1E77
Lún|12A7
Lúnasa|1297
Lāpule|1480
M-Houney|142A
M-Nollick|142B
M-fouyir|1428
M-souree|1425
M-Ɔ|5CB
M01|3120
M02|3121
M03|3122
M04|3123
M05|3124
M06|3125
M07|3126
M08|3127
M09|3128
M1|2730
M10|2739 3129
M11|19EA 273A 312A
M12|273B 312B
M2|2731
M3|2732
M4|2733
M5|2734
M6|2735
M7|2736
M8|2737
M9|2738
MAC|1FC2
MAD|22D4
MAM|22D7
MBI|22D5
MFómh|12A8
MLI|22D6
MRA|1FD1
Ma|EA2 2341
Ma.|551
Maa|F35 16A2 1D54
Maachị|1692
Maaie|1254
Maandag|521
Maart|532 1252
Maayi|1D44
Mab|2373
Mabasa|2363
Mac|6F2 872 13E2 1772 2242 2252
Mach|25B2 25C2
Machi|6E2 862 13D2 1762 1B62 1FB2
Madǝmbii|22C7
Madǝǝuutǝbijaŋ|22C4
Mae|A04 A14
Mag|28A4
Mai|C4 D4 CF4 D04 D64 D74 1214 1224 1264 1354 1364 18D4 1BD4 1BE4 29F4
Maio|29E4
Maiu|18C4
Mal.|14A2
Malaki|1492
Mam|1A54
Mamuut|1A44
Mamǝŋgwãafahbii|22C5
Mamǝŋgwãalii|22C6
Mane|20D1 2101
Mangal|1552
Mangalwaar|1542
Mantaxtsees|2321
Mar|12 1B2 1C2 302 502 BD2 BE2 DA2 11A2 1222 1462 17A2 18D2 1D52 1EF2 2042 2292 2632 2642 2702 29F2 2C32 2C82 2D72 2E34 2FF2 3182
March|32
Marco|29E2
Maret|4F2 2D62
Maris|1452
Marisi|1D42
Mars|E92 2FE2 3192
Marsi|D92
Marso|BC2
Marsu|18C2
Mart|2E2
Martes|BB2 1192 2612
Martsa|2032
Marzo|2622
Marzu|2282
Març|1212
Mas|3362
Mashi|3352
Mat|31D2
Mat.|26A3
Mata|2753
Matshi|31C2
Maw|D02 D12
Mawrth|CF2
May|14 34 1B4 1C4 304 BD4 1464 1824 2634 2C34 2FF4
Mayo|BC4 2624
Mayrnt|1402 1422
Mayu|1454
Mayyu|1814 2FE4
Mayıs|2E4
Maʻa|2F72
Maʻasi|2F62
Mbe|F20 1860
Mbi|2372
Mbimbitho|2362
Mbu|2BFA
Mbudzi|2BDA
Mbä|2A42
Mbängü|2A32
Mderot ee are|2800
Mderot ee ile|2804
Mderot ee inet|2803
Mderot ee kuni|2801
Mderot ee kwe|2806
Mderot ee ong\u{2019}wan|2802
Mderot ee sapa|2805
Me|D94 DA4 EA4 1C64
Me.|1BF3
Mean-fouyir|1408
Mean-souree|1405
Medi|CF8 D08
Mee|E94 1694 16A4 1D04 1D14 25B4 25C4 3184 3194
Mee Houney|140A
Mee ny Nollick|140B
Meh|D05
Mehefin|CF5
Mehr|1E19
Mei|4F4 504 534 544 6E4 6F4 864 874 13D4 13E4 1494 14A4 1764 1774 17A4 1B64 1EF4 20E4 20F4 2244 2254 3154
Meije|3144
Meith|12A5
Meitheamh|1295
Mej|2294
Mejju|2284
Mem|5D6
Memeneda|5A6
Mer|D13
Mer.|A23
Mercʼher|9F3
Met|1C65
Metwoch|1BC3
Meu|1C62
Meu.|A22
Meur.|A12
Meurzh|9F2 A02
Mey|2034 2044 31D4 3364
Meyi|31C4 3354
Mezh.|A15
Mezheven|A05
Meán Fómhair|1298
Meɣ|1822
Meɣres|1812
Mfu|D46 2379
Mfumfu|2369
Mgq|2386 31E6 3376
Mgqibelo|2356 31B6
Mhr|1C73
Mi.|E3 1373
Mie|2703
Min|510
Minggu|4E0 2D50
Mit|3163
Mittwoch|B3
Mittwuch|1343
Mittwuč|3133
Miy|BE3 11A3
Miyerkules|BB3 1193
Mié|2643
Miércoles|2613
Mng|2D80
Mo.|E1 1BF1
Moc|2085
Mod|2E35
Mohndaach|1BC1
Moj|208A
Mok|28A9
Mokhu|2899
Mon|1
Monday|21
Montag|B1
Moo|1866
Mordad|1E17
Mori ghwa ikenda|D38
Mori ghwa ikumi|D39
Mori ghwa ikumi na imweri|D3A
Mori ghwa ikumi na iwi|D3B
Mori ghwa imbiri|D30
Mori ghwa kadadu|D32
Mori ghwa kana|D33
Mori ghwa karandadu|D35
Mori ghwa kasanu|D34
Mori ghwa kawi|D31
Mori ghwa mfungade|D36
Mori ghwa wunyanya|D37
Mpal|237B
Mpalakazi|236B
Mpan|2378
Mpandula|2368
Mpg|28A7
Mrt|1262
Mrt.|542
Msh|28A2
Mso|3371
Msp|28A6
Mth|1C72
Mud|24BB
Muddee|24AB
Mug|F26 2C06
Mugovera|2BE6
Muh|28AB
Muhaano|289B
Muj|28A5
Mujimbi|2895
Muk|2E31
Muka|3206
Mukakaro|2696
Mul|8B0 1A50 28B0
Mulgul|1A40
Mulungu|2880
Mumu-Ɔpɛnimba|5BB
Mun|28A3
Munyense|2898
Munyi|2893
Munyonyo|269A
Mup|28A0
Mupalangulwa|2890
Mupuguto|2897
Muramuko|1FA1
Murwa wa Kanne|1EE4
Murwa wa Katano|1EE5
Mus|28AA
Mushende|2892
Mushende Magali|2894
Mushipepo|2896
Musongandembwe|289A
Mut.|26A0
Mutarama|2750
Muu|1E83
Muv|2C01
Muvhuro|2BE1
Mvu|2381 2A48 31E1
Mvuka|2A38
Mvulo|2351 31B1
Mwai wa kana|1853
Mwai wa katano|1854
Mwai wa katatũ|1852
Mwai wa kelĩ|1851
Mwai wa kenda|1858
Mwai wa mbee|1850
Mwai wa muonza|1856
Mwai wa nyaanya|1857
Mwai wa thanthatũ|1855
Mwai wa ĩkumi|1859
Mwai wa ĩkumi na ilĩ|185B
Mwai wa ĩkumi na ĩmwe|185A
Mwedi Ntandi|1890
Mwedi wa Nchechi|1893
Mwedi wa Nnyano|1894
Mwedi wa Nnyano na Mitatu|1897
Mwedi wa Nnyano na Mivili|1896
Mwedi wa Nnyano na Nchechi|1898
Mwedi wa Nnyano na Nnyano|1899
Mwedi wa Nnyano na Nnyano na M|189B
Mwedi wa Nnyano na Nnyano na U|189A
Mwedi wa Nnyano na Umo|1895
Mwedi wa Pili|1891
Mwedi wa Tatu|1892
Mwere wa gatandatũ|1965
Mwere wa gatano|1964
Mwere wa gatatũ|1962
Mwere wa ikũmi|1969
Mwere wa ikũmi na ũmwe|196A
Mwere wa kana|1963
Mwere wa kanana|1967
Mwere wa kenda|1968
Mwere wa kerĩ|1961
Mwere wa mũgwanja|1966
Mweri wa gatano|F14
Mweri wa gatantatũ|F15
Mweri wa ikumi|2729
Mweri wa ikumi na mbili|272B
Mweri wa ikumi na moja|272A
Mweri wa ikũmi|F19
Mweri wa ikũmi na Kaĩrĩ|F1B
Mweri wa ikũmi na ũmwe|F1A
Mweri wa kaana|2723
Mweri wa kaili|2721
Mweri wa kana|F13
Mweri wa kanana|F17
Mweri wa katatu|2722
Mweri wa kathatũ|F12
Mweri wa kaĩri|F11
Mweri wa kenda|F18
Mweri wa kwanza|2720
Mweri wa mbere|F10
Mweri wa mũgwanja|F16
Mweri wa nane|2727
Mweri wa saba|2726
Mweri wa sita|2725
Mweri wa tanu|2724
Mweri wa tisa|2728
Mweri wo kumi|2079
Mweri wo kumi na moja|207A
Mweri wo kumi na yel\u{2019}li|207B
Mweri wo kwanza|2070
Mweri wo nane|2077
Mweri wo saba|2076
Mweri wo thanu na mocha|2075
Mweri wo tisa|2078
Mweri wo unayeli|2071
Mweri wo unecheshe|2073
Mweri wo uneraru|2072
Mweri wo unethanu|2074
Mwi|28A1
Mwitope|2891
Mye|28A8
Màcɛ\u{302}l|7E1
Màrt|12E2
Màtop|7E3
Màtùmb|7E2
Màyɛsèp|7EA
Máirt|12B2
Márta|1292 12A2
Mä.|1371
Mäe.|1D12
Mäerz|1D02
Män|3161
Mäntag|3131
Mär|1362 3152
März|C2 D2 D62 D72 1352
Märze|3142
Mäz|1BE2
Määntig|1341
Määz|1BD2
Méi|2D64 2D74
Méi.|1D21
Méindeg|1CF1
Mër|2C83
Mët.|1D23
Mëttwoch|1CF3
Móosi|1CE6
Mórusásin|1F86
Mùuyà|1E73
Māe|20F2
Māehe|20E2
Mē|2F64 2F74
MĨĨ|1FC4
Mĩĩ|1FB4
Mōn|2F81
Mōnite|2F51
Mɔnɔ ŋgbanja|19E4
Mɔ\u{301}ndi|1731
Mʉʉnchɨ|1CD6
M\u{300}puyɛ|7E4
Mọn|16B1
Mọnde|1681
Mọ\u{301}n|25D1
Mọ\u{301}ndè|25A1
N|1064
NGS|1ED6
NJR|1FC6
NJU|1FC5
NJumamothii|F06
NMA|1985
NMM|F36 1986
NMN|1982
NMT|1983
NOV|1FCA
NTT|1981
Naanɨ|1CD1
Nab|2A4A
Nabändüru|2A3A
Nai|2A04
Nakaare|2E12
Nakaebarasa|2E11
Nakaejuma|2E10
Nakakany|2E15
Nakasabiti|2E16
Nakaung\u{2019}on|2E14
Nakauni|2E13
Nan|8A7 2087
Ncw|2377
Ncwabakazi|2367
Ndamukiza|2693
Ndangù|1E63
Ndg|1E93
Ndi|2BF0
Ndira|2BD0
Ndithemba|196B
Nduŋmbi Saŋ|1740
Ndy|1E92
Ndàayà|1E62
Ngat|1A51
Ngb|2A49
Ngberere|2A39
Nge|1A56
Ngeso|1EA6
Ngu|D56 2A43
Ngubùe|2A33
Ngv|1E95
Ngòvya|1E65
Ng\u{2019}atyaato|1A41
Ng\u{2019}eiyeet|1A46
Nhla|2375
Nhlangula|2365
Nhlo|2371
Nhlolanja|2361
Nis|303
Nisan|2E3
Njenuarĩ|1960
Njumaa|F05 1955
Njumaine|F02 1952
Njumamothi|1956
Njumatana|1953
Njumatano|F03
Njumatatu|F01
Njumatatũ|1951
Njuni|1FB5
Njuraĩ|1FB6
Njw|1E94
Njèbà|7E6
Njòwa|1E64
Nko|1E91
Nkodya|1E61
Nkw|2374
Nkwenkwezi|2364
No|EAA
Nob|BDA 13EA
Nobemba|13DA
Nobyembre|BCA
Noem|20FA
Noema|20EA
Nof|2C3A
Noll|12AB
Nollaig|129B
Noo|DAA
Noowanbur|D9A
Nop|2D7A
Nopémber|2D6A
Nov|1A 1BA 1CA 50A 6FA 87A 122A 126A 136A 16AA 177A 17AA 1BEA 1D5A 1EFA 204A 225A 229A 263A 29FA 31DA 336A
Nov.|DA 54A D7A 1D1A
Novambra|203A
Novemba|6EA 86A 169A 176A 1B6A 1D4A 1FBA 31CA 335A
Novembar|E9A 121A
November|3A CA 4FA 53A D6A 1D0A 224A
Novembro|29EA
Novembru|228A
Noviembre|262A
Novimber|125A
Novämber|135A 1BDA
Now|318A
Now.|14AA
Nowemapa|149A
Nowàmbar|319A
Ntu|2376
Ntulikazi|2366
Ntwarante|2692
Ntʉ\u{301}|1F9B
Ntʉ\u{301}ŋʉ\u{301}s|1F8B
Nun|182A
Nunembeṛ|181A
Nuv|18DA
Nuvenbru|18CA
Nuw|146A
Nuwamba|145A
Nwa|2FFA
Nwanbir|2FEA
Nya|1867 2BF7
Nya.|26A6
Nyakanga|2698 2756
Nyamavhuvhu|2BD7
Nyandagaro|2697
Nyaŋgwɛ ŋgbanja|19E5
Nye|2A40
Nyenye|2A30
Nyɔlɔmbɔŋgɔ|19E3
Nze.|26A8
Nzeli|2758
Nzero|2690
Nōv|2F7A
Nōvema|2F6A
Nọv|25CA
Nọvẹ\u{301}mba|25BA
O-A|5C5
OKB|C22
OKN|C24
OKS|C23
OKT|C25 1FC9
OMK|C26
ORK|C21
Obirade-Ayɛwohomumu|5B5
Obo|2820
Oca|300
Ocak|2E0
Oct|19 1B9 1C9 2639
October|39
Octubre|2629
Odung\u{2019}el|2E23
Oga|877
Ogasti|867
Ogo|2257
Ogos|2247
Ogs|2C37
Ojola|2E26
Ok|EA9
Oke|20F9
Oketopa|20E9
Oki|1D59
Okitoba|13D9
Okitobba|1D49
Okt|509 6F9 879 BD9 DA9 1269 1369 13E9 1469 1779 17A9 1BE9 1EF9 2049 2259 2C39 2D79 3189 31D9 3369
Okt.|D9 549 D79 1D19
Okthoba|3359
Okthobha|31C9
Oktoba|6E9 869 1459 1769 1B69
Oktobar|E99
Oktober|C9 4F9 539 D69 1259 1D09 2249 2D69
Oktobra|2039
Oktohber|1BD9
Oktoobar|3199
Oktoober|1359
Oktoobur|D99
Oktubre|BC9
Oktũba|1FB9
Oku|2822
Okwaikumi|C09
Okwaikumi na ibiri|C0B
Okwaikumi na kumwe|C0A
Okwakabiri|C01
Okwakana|C03
Okwakashatu|C02
Okwakataana|C04
Okwamg\u{2019}|2E22
Okwamukaaga|C05
Okwamunaana|C07
Okwamushanju|C06
Okwamwenda|C08
Okwokubanza|C00
Olabor|2E2A
Oladalʉ\u{301}|1F80
Olgísan|1F89
Olodoyíóríê inkókúâ|1F83
Oloilépūnyīē inkókúâ|1F84
Olokuna|31F4
Olokutaanu|31F5
Olomukaaga|31F6
Omaruk|2E24
Omodok\u{2019}king\u{2019}ol|2E25
Omuk|2E21
Ong|2823 2832
Onk|24B9
Onkololeessa|24A9
Opedel|2E27
Opoo|2E2B
Orara|2E20
Ordibehesht|1E14
Orwakabiri|BF2
Orwakana|BF4
Orwakashatu|BF3
Orwakataano|BF5
Orwamukaaga|BF6
Orwokubanza|BF1
Oshù Agɛmɔ|32E6
Oshù Bélú|32EA
Oshù Owewe|32E8
Oshù Shɛ\u{301}rɛ\u{301}|32E0
Oshù Èrèlè|32E1
Oshù Ìgbé|32E3
Oshù Ògún|32E7
Oshù Òkúdu|32E5
Oshù Ɔ\u{300}pɛ\u{300}|32EB
Oshù Ɔ\u{300}wàrà|32E9
Oshù Ɛrɛ\u{300}nà|32E2
Oshù Ɛ\u{300}bibi|32E4
Osokosokoma|2E28
Otibar|2E29
Ott|2299
Ottubru|2289
Otu|1229 18D9 29F9
Otubar|1219
Otubro|29E9
Otubru|18C9
Ouj|1BE7
Oujoß|1BD7
Owe|3288 32C8
Owokubili|31F2
Owokusatu|31F3
Owáŋgyužažapi|1D76
Oṣù Agẹmọ|32A6
Oṣù Bélú|32AA
Oṣù Owewe|32A8
Oṣù Èrèlè|32A1
Oṣù Ìgbé|32A3
Oṣù Ògún|32A7
Oṣù Òkúdu|32A5
Oṣù Ṣẹ\u{301}rẹ\u{301}|32A0
Oṣù Ẹrẹ\u{300}nà|32A2
Oṣù Ẹ\u{300}bibi|32A4
Oṣù Ọ\u{300}pẹ\u{300}|32AB
Oṣù Ọ\u{300}wàrà|32A9
P|1060 15F5
P1|14B1
P2|14B2
P3|14B3
P4|14B4
P5|14B5
P6|14B6
Pa Mulungu|850
Paa|1A55
Paagi|1A45
Pachibelushi|856
Palichibuli|852
Palichimo|851
Palichine|854
Palichisano|855
Palichitatu|853
Par|2105
Paraire|20D5
Pay|2476 3094
Pay yie\u{331}tni|2466
Paz|310
Pazar|2F0
Pazartesi|2F1
Peb|BD1
Pebrero|BC1
Ped|2E37
Pep.|14A1
Pepeluali|1491
Per|314
Perşembe|2F4
Pir|2A02
Poo|2E3B
Pos|2A01
Poʻahā|1484
Poʻakahi|1481
Poʻakolu|1483
Poʻalima|1485
Poʻalua|1482
Poʻaono|1486
Pre|2C85
Pul|2F83
Pulelulu|2F53
Pzt|311
Péb|2D71
Pébruari|2D61
Píili|1CE0
Pēp|20F1
Pēpuere|20E1
Pȟežítȟo Wí|1D83
Pɛsaŋ Ntsɔ\u{30C}pmɔ\u{301}|174A
Pɛsaŋ Ntsɔ\u{30C}ppá|174B
Pɛsaŋ Nɛgɛ\u{301}m|1749
Pɛsaŋ Pataa|1744
Pɛsaŋ Pɛ\u{301}nɛ\u{301}fɔm|1747
Pɛsaŋ Pɛ\u{301}nɛ\u{301}kwa|1743
Pɛsaŋ Pɛ\u{301}nɛ\u{301}ntúkú|1745
Pɛsaŋ Pɛ\u{301}nɛ\u{301}pfúꞋú|1748
Pɛsaŋ Pɛ\u{301}pá|1741
Pɛsaŋ Pɛ\u{301}tát|1742
Pɛsaŋ Saambá|1746
Pɛt|2461 2471
Pʉshʉ\u{301}ka|1F8A
Qib|24C2
Qibxata|2492
R|1065
Rab|513 17B3 2263
Rabu|4E3 1793 2233
Rar|2082 2E30
Ravi|1550
Raviwaar|1540
Reb|2D83
Rebo|2D53
Rhag|D0B
Rhagfyr|CFB
Rob|24C3
Rok|1F95
Roo|1A57
Roobii|2493
Rooptui|1A47
Ruheshi|2695
Ruhuhuma|2691
Rusama|2694
Rāh|2106
Rāhoroi|20D6
Rāt|2100
Rātapu|20D0
Rɛw|2482
Rɛw lätni|2452
S-Ɔ|5C0
SAN|C20
SPT|1FC8
Sa|EA0
Sa.|E6 556 1376 1BF6
Saa|2828
Saano|1CDA
Saatʉ|1CD8
Sab|516 8A6 BE6 11A6 17B6 1D60 2086 2090 2266 2646 2A06 2E46
Sabado|BB6 1196
Sabato|2060
Sabbiiti|1D30
Sabi|3200
Sabiiti|31F0
Sabti|2C16
Sabtu|4E6 1796 2236
Sabudu|29D6
Sad|D16 1C76 24BA
Sad.|A26
Sadaasa|24AA
Sadorn|9F6
Sal|312 2D82
Salasa|2D52
Salı|2F2
Sam|1834 3166 3180
Sam.|1D26
Samass|1804
Samh|12AA 12EA
Samhain|129A
Samschdeg|1CF6
Samschtig|1346
Samsdaach|1BC6
Samstag|B6
Samwiyee|3190
Samštag|3136
San|1831 24C6
Sanass|1801
Sanbata|2496
Sanda-Ɔpɛpɔn|5B0
Sande|BF0
Sanvie|E90
Sap|2826 2835 2D86
Saptu|2D56
Sasatʉ|1CDB
Sat|6 1468 16B6 2346
Saterdag|526
Satertaxtsees|2326
Sath|12B6
Satumba|1458
Saturday|26
Satọdee|1686
Say|1836
Sayass|1806
Sbti|2C46
Se|EA8
Seb|1D58 2C38
Sebuttemba|1D48
Sek|DA8
Sektanbur|D98
Sel|512 17B2 2262
Selasa|4E2 1792 2232
Sen|511 17B1 2D81
Senin|4E1 1791
Senén|2D51
Sep|18 508 6F8 878 1268 1368 13E8 16A8 1778 17A8 1EF8 2048 2258 2F78 3368
Sep.|548 D78 1D18
Sepitema|2F68
Sept|1B8 1C8 31D8
Sept.|D8
Septambra|2038
Septemba|6E8 868 13D8 1698 1768 1B68 1FB8 31C8
September|38 C8 4F8 538 D68 1D08 2248
Septhemba|3358
Septimber|1258
Septämber|1358 1BD8
Sesh|3092
Set|BD8 1228 18D8 2298 2638 29F8
Setembar|1218
Setembro|29E8
Setenbru|18C8
Setiembre|2628
Settembar|E98
Settembru|2288
Setyembre|BC8
Sha|2A05
Shahrivar|1E18
Shan|3096
Shani|1556
Shaniwaar|1546
Sht|2C86
Shukra|1555
Shukrawaar|1545
Shɛ\u{301}r|32C0
Shʉ\u{301}|1F9A
Sib|EB6 22A6 2382
Sibili|2352
Sibiti|E86
Sih|2385
Sihlanu|2355
Sin|2384 31E4 3374
Sine|2354
Sit|8A5 2383
Sithathu|2353
Siu|2F76
Siulai|2F66
So.|E0 550
Sok|2E38
Som|1551
Somwaar|1541
Son|2340 2380 3370
Son.|1D20
Sondag|520
Sonndeg|1CF0
Sonntag|B0
Sontaxtsees|2320
Sonto|2350
Su|EA5
Su.|1370 1BF0
Sueŋ|E95
Sul|9F0 A20 D10 1C70 3186
Sulet|3196
Sult|12E8
Sun|0 2F75 3160
Sunday|20
Sune|2F65
Sunndaach|1BC0
Sunntag|3130
Sunntig|1340
Suw|3185
Suwe|3195
Svo|2C00
Svondo|2BE0
Sze|15F3
Szo|15F6
Sàt|3188
Sàttumbar|3198
Sábado|2616
Sás|1F96
Sásidɛ|1736
Sát|25D6
Sátọdè|25A6
Sâm|2706
Säp|1BE8
Sép|2D78
Séptémber|2D68
Sú|EA6
Súuyee|E96
Sān|2F70
Sānuali|2F60
Sāp|2F80
Sāpate|2F50
Sɔ\u{301}ndi|1730
Sḍis|1835
Sḍisass|1805
Sẹp|25C8
Sẹptẹ\u{301}mba|25B8
Sọn|16B0
Sọndee|1680
Sọ\u{301}n|25D0
Sọ\u{301}ndè|25A0
T|1062
T-arree|1421
TAB|1ED5
TAD|1ED3
TAN|1ED4
TAR|1ED2
Taa|1A52
Tach|D0A
Tachwedd|CFA
Tai|8A3
Tal|EB2 1472 2052 31A2
Talaado|2C12
Talaata|3172
Talata|E82 1442 2022
Tan|F33
Taraǀkhuumûǁkhâb|2338
Tat|F31 2A03
Tem|306
Temmuz|2E6
Ten|EB1
Teneŋ|E81
Th 2|4D1
Th 3|4D2
Th 4|4D3
Th 5|4D4
Th 6|4D5
Th 7|4D6
Tha|1865 2084 31E3 3373
Thiyóȟeyuŋka Wí|1D81
Thoo|2477
Tho\u{331}o\u{331}r|2467
Thu|4
Thursday|24
Thứ Ba|4A2
Thứ Bảy|4A6
Thứ Hai|4A1
Thứ Năm|4A4
Thứ Sáu|4A5
Thứ Tư|4A3
Tib|2E39
Tich Abich|1EA5
Tich Adek|1EA3
Tich Ang\u{2019}wen|1EA4
Tich Ariyo|1EA2
Tid|247B
Tiop|2470
Tiop thar pɛt|2460
Tio\u{331}p in di\u{331}i\u{331}t|246B
Tir|1E16
Tis|8A8 2088
Tiu|16B2
Tiuzdee|1682
Tiú|25D2
Tiúzdè|25A2
Tldo|2C42
Tli|22A2
Tne|22A1
Tob|282A
Tok|2F86
Tokonaki|2F56
Tom|2829
Toshiaght-arree|1401
Tow|282B
Tub|1829
Tubeṛ|1819
Tue|2
Tuesday|22
Tuʻa|2F84
Tuʻapulelulu|2F54
Táano|1CE3
Táatu|1CE1
Tāit|2104
Tāite|20D4
Tīhe|20FB
Tīhema|20EB
Tīs|2F7B
Tīsema|2F6B
Tūr|2102
Tūrei|20D2
Tūs|2F82
Tūsite|2F52
Tȟahékapšuŋ Wí|1D8B
Tɔ\u{301}sɛdɛ|1734
Tɛɛ|2478
Tɛɛr|2468
Tọ\u{301}z|25D4
Tọ\u{301}zdè|25A4
Tọọ|16B4
Tọọzdee|1684
ULwesibili|3342
ULwesihlanu|3345
ULwesine|3344
ULwesithathu|3343
UMgqibelo|3346
UMsombuluko|3341
Ugu.|26AA
Ugushyingo|275A
Uku.|26AB
Ukuboza|275B
Ukw.|26A9
Ukwakira|2759
Una|2081
Ung|2E44
Uni|2E43
Ut|D97 DA7 E97 EA7 3187 3197
V|15F0
Vie|2645
Viernes|2615
Vil|8A1 8B1
Vin|2705
Vr.|555
Vrydag|525
Vɨɨrɨ|1CD7
WAI|1FD2
WEN|1FD4
WET|1FD3
WGT|1972
WIK|1979
WKD|1978
WKN|1973
WKR|1971
WMJ|1976
WMW|197A
WNN|1977
WTD|1975
WTN|1974 1FD5
WUT|1ED1
Wa kana|1844
Wa katano|1845
Wa katatũ|1843
Wa kelĩ|1842
Wa kwambĩlĩlya|1841
Wa kyumwa|1840
Wa thanthatũ|1846
Waa|2821
Wairi|1FA2
Waníyetu Wí|1D8A
Wasútȟuŋ Wí|1D87
Wax|24B5
Waxabajjii|24A5
Wed|3
Wednesday|23
Wen|16B3
Wena|1FA4
Wene|2103
Wenerei|20D3
Wenezdee|1683
Wer.|26A2
Werurwe|2752
Wetano|1FA5
Wethatu|1FA3
Wiixata|2491
Win|315A
Wintermánet|314A
Wix|24C1
Wiótheȟika Wí|1D80
Wkl|1872
Wkn|1874
Wkw|1871
Wky|1870
Wo.|553
Woensdag|523
Wth|1876
Wtn|1875
Wtũ|1873
Wu|2343
Wuk|5D3
Wukuda|5A3
Wun|D47
Wunstaxtsees|2323
Wuok Tich|1EA1
Wím|3159
Wímánet|3149
Wípazukȟa-wašté Wí|1D85
Wɛ\u{301}nɛsɛdɛ|1733
Wẹ\u{301}n|25D3
Wẹ\u{301}nẹ\u{301}zdè|25A3
Yak|3090
Yan|1830
Yanass|1800
Yaou|9F4 A24
Yaw|5D4
Yawda|5A4
Yeb|1823 2FF1
Yebrayer|2FE1
Yebrir|1813
Yel|208B
Yen|1820 2FF0
Yennayer|1810 2FE0
Yow|1C74
Yul|1466 1826 2FF6
Yuli|1456
Yulyu|1816
Yulyuz|2FE6
Yun|1465 1825 2FF5
Yuni|1455
Yunyu|1815 2FE5
Zen|1220
Zenâr|1210
Zi.|1372
Zib|2370
Zibandlela|2360
Ziischtig|1342
Ziš|3162
Zištag|3132
Zom|2055
Zoma|2025
Zvi|2BFB
Zvita|2BDB
aaɓ|1151
aaɓnde|1121
abe.|109B
abendua|107B
abr|153 733 28E3
abr.|1F3 1013 1023 1323
abril|143 1E3 1003 1313
abrile|28D3
abu.|1097
abuztua|1077
ada|1C22
adarê|1C02
ade|F6A
adeɛmekpɔxe|F5A
afɔ|F63
afɔfĩe|F53
aggustip|19F7
ago|157 247 737
ago.|1F7 1017 1027 1327
agosto|147 1E7 237 1007 1317
agt|1DB7
aijima|3115
aimisa|3114
akw|2AD4
akwas|2AA4
akṛ|2AD3
akṛas|2AA3
al.|10A1
ala|954
alaba|3113
alamisa|924
an|1E52
ann|2F45
anna|2F25
antradienis|1E42
any|F68
anyɔnyɔ|F58
août|107 117 11E7 11F7
api.|1093
apirila|1073
apl|1DB3
apr|243 283 773 A93 FE3 1053 1663 1A13 2D13 2D43 2F33 3083
apr.|343 383 3B3 E23 15A3 1713 1F33 2413 26E3 2B73
aprel|753 2F13 3073
apriilip|19F3
april|273 333 373 3A3 A83 1653 2B63 2D03
aprile|233
aprilie|26D3
aprill|1043
aprilo|FD3
apryla|E13 1593
apríl|11C3 1703
apríla|2B33
aprīlis|1F23
ar.|10A2
ara|953
araba|923
arf|1A26
arfininngorneq|1A06
asa|2AD0
asamas|2AA0
asi|2AD2
asim|2AD5
asimwas|2AA5
asinas|2AA2
asiḍ|2AD6
asiḍyas|2AA6
asteartea|1082
asteazkena|1083
astelehena|1081
ata|1A21
ataasinngorneq|1A01
aug|287 A97 1057 1667 1A17
aug.|347 387 3B7 15E7 1F37 2417 26E7
august|377 3A7 A87 1047 11C7 26D7
augusta|2B37
augusti|337
augusto|1657
augusts|1F27
augustus|277
augusztus|15C7
aus|28E7
austu|28D7
avg|2D17 2D47 3087
avg.|2B77
avgust|2B67 2D07 3077
avi|73B
avq|777
avqust|757
avr|1C23 2003
avr.|113 11E3 11F3
avril|103 1FF3
avrêlê|1C03
awg|2F37
awg.|E27 15A7
awgust|2F17
awgusta|E17 1597
awi|943
awirili|933
ayn|2AD1
aynas|2AA1
az.|10A3
aza.|109A
azaroa|107A
aŭg|FE7
aŭgusto|FD7
balandžio|1E33
bazar|760
bazar ertəsi|761
be|29C5
bear|2995
bearjadat|2975 29A5
ber|1C2B
berfanbarê|1C0B
bio|7F9
birželio|1E35
bla|F72
blaɖa|F42
borg|2987 29B7
borgemánnu|2967
bow|114B
bowte|113B
března|432
bṛa|2AC1
bṛayṛ|2AB1
cab|28E8
cabudanni|28D8
ceturtd.|1F44
ceturtdiena|1F14
che|28F5
chenàbura|28C5
chorshanba|3063
col|1141
colte|1131
csütörtök|15D4
cu.|26B0
cuo|2983
cuoŋ|29B3
cuoŋománnu|2963
cut|2AC8
cutanbir|2AB8
cuáŋui|2BB3
cuáŋuimáánu|2BA3
cyu.|2780
cze|2C5
czerwca|2B5
czw.|2D4
czwartek|2A4
cümə|765
cümə axşamı|764
da december|266B
da fanadur|2666
da favrer|2661
da mars|2662
da matg|2664
da november|266A
da schaner|2660
da settember|2668
da zercladur|2665
dam|F64
dama|F54
dc.|B23
de des.|B1B
de desembre|B0B
de febr.|B11
de febrer|B01
de febreru|721
de gen.|B10
de gener|B00
de jul.|B16
de juliol|B06
de juny|B05 B15
de maig|B04 B14
de marzu|722
de març|B02 B12
de mayu|724
de nov.|B1A
de novembre|B0A
de payares|72A
de set.|B18
de setembre|B08
de setiembre|728
de xineru|720
de xunetu|726
de xunu|725
dea|F67
deasiamime|F57
dec|28B A9B FEB 166B 1A1B 2D1B 2D4B
dec.|34B 38B E2B 132B 15AB 15EB 1F3B 26EB 2B7B
decembar|A8B 2D0B
decembarip|19FB
december|27B 33B 37B 15CB 2B6B
decembra|E1B 159B 2B3B
decembre|165B
decembrie|26DB
decembris|1F2B
decembro|FDB 131B
dek|77B 2F3B 308B
dekabr|75B 2F1B 307B
des|94B 200B
des.|3BB 171B 241B
desam|1FFB
desanburu|93B
desember|3AB 11CB 170B
dets|105B
detsember|104B
dew|1150
dewo|1120
dez.|1FB
dezembro|1EB
dg.|B20
dhen Chèitean|12D4
dhen Dàmhair|12D9
dhen Dùbhlachd|12DB
dhen Fhaoilleach|12D0
dhen Ghearran|12D1
dhen Ghiblean|12D3
dhen Iuchar|12D6
dhen Lùnastal|12D7
dhen Mhàrt|12D2
dhen t-Samhain|12DA
dhen t-Sultain|12D8
dhen Ògmhios|12D5
dhj|2C7B
dhjetor|2C6B
di|292 E60 FF0 29C2
dic|15B 24B
dic.|101B 102B
dicembre|23B
diciembre|14B 100B
dijous|AF4
dilluns|AF1
dim|2010
dim.|120
dimanche|F0
dimans|1FE0
dimanĉo|FC0
dimarts|AF2
dimecres|AF3
dimɔ\u{301}di|E50
dinsdag|262
dip|7F8
disdat|29A2
dissabte|AF6
diumenge|AF0
divendres|AF5
diŋ|E67
diŋgindi|E57
diɓ|E63
diɓáɓá|E53
dj.|B24
dl.|B21
do|294
dom|160 250 740 1230 1670 28F0
dom.|200 1330
domenica|220
domenie|1200
domingo|130 1D0 210 1300
domingu|710
dominica|1640
domìniga|28C0
donderdag|264
ds.|B26
dsb|1DBB
dt.|B22
du|2670 29C4
dubna|433
duj|2ACB
dujanbir|2ABB
dum|586 18E0
dum.|26F0
dumengia|2650
dumingu|18B0
duminică|26C0
duor|2994
duorasdat|2974
duorastat|29A4
dushanba|3061
duu|1144
duujal|1134
duş|2F41
duşem|1C11
duşenbe|2F21
dv.|B25
dy Gwener|1C55
dy Lun|1C51
dy Merher|1C53
dy Meurth|1C52
dy Sadorn|1C56
dy Sul|1C50
dy Yow|1C54
dzd|F61
dzk|596
dzm|F6B
dzo|F71
dzodze|F51
dzome|F5B
dzove|F50
dzoɖa|F41
dzu|588
dzv|F60
déc.|11B 11EB 11FB
décembre|10B
dş|1C31
d\u{2019}abr.|B13
d\u{2019}abril|723 B03
d\u{2019}ag.|B17
d\u{2019}agost|B07
d\u{2019}agostu|727
d\u{2019}avientu|72B
d\u{2019}avrigl|2663
d\u{2019}avust|2667
d\u{2019}ochobre|729
d\u{2019}oct.|B19
d\u{2019}october|2669
d\u{2019}octubre|B09
e diel|2C50
e enjte|2C54
e hënë|2C51
e martë|2C52
e mërkurë|2C53
e premte|2C55
e shtunë|2C56
efute|3226
eka.|1095
ekaina|1075
elok.|3F7
elokuuta|3E7
elá|E6B
eláŋgɛ\u{301}|E5B
emi|E64
emiasele|E54
ene|150
ene.|1010 1020
enero|140 1000
ensil, oóli ú kátánuɛ|3224
esa|E76
esaɓasú|E46
esmaspäev|1031
esɔ|E65
esɔpɛsɔpɛ|E55
et|3243
eye|1DC0
eyenga|1D90
fbl|1DB1
feb|151 241 281 731 941 A91 FE1 1661 2D11 2D41
feb.|341 381 3B1 E21 1011 1021 1321 15A1 1711 2411 26E1 2B71
febbraio|231
febr|1A11
febr.|15E1 1F31
febreiro|1311
febrero|141 1001
februaarip|19F1
februar|371 3A1 A81 11C1 2B61 2D01
februara|E11 1591
februari|271 331
februarie|26D1
februario|1651
februaro|FD1
február|15C1
februára|2B31
februāris|1F21
febrúar|1701
feburuye|931
feléte|3215
fev|771 2001 3081
fev.|1F1
fevereiro|1E1
fevral|751 3071
fevriye|1FF1
few|2F31
fewral|2F11
fim.|1724
fimmtudagur|16F4
fiɖ|F75
fiɖa|F45
fl|3245
fr|1275
fr.|2425
fre|355 28E1
fre.|395 3C5
fredag|325 365 2405
freed|1245
freàrgiu|28D1
frí.|11D5
fríggjadagur|11B5
fwo|58B
fév.|11F1
févr.|111 11E1
février|101
fös.|1725
föstudagur|16F5
fúl|10E5
fúladé|10B5
fɔe|587
fɛ|19E7
ga|29C3
gas.|2771
gask|2993
gaskavahkku|2973 29A3
geas|2985 29B5
geassemánnu|2965
gegužės|1E34
gel|1C27
gelawêjê|1C07
gen|240
gennaio|230
ghe|28E0
ghennàrgiu|28D0
ghɔ|592
ghɨ|595
gic.|2774
gie|2674
gievgia|2654
gio|254
giovedì|224
giu|245
giugno|235
giò|28F4
giòbia|28C4
gli|2671
glindesdi|2651
gnd.|26B6 2786
gnu.|26B5 2785
golg|2989 29B9
golggotmánnu|2969
gru|2CB
grudnia|2BB
gruodžio|1E3B
gtu.|26B3 2783
gul|1C24
gulanê|1C04
guov|2981 29B1
guovvamánnu|2961
gush|2C77
gusht|2C67
hbi|1156
heinäk.|3F6
heinäkuuta|3E6
helmik.|3F1
helmikuuta|3E1
hik|7F7
hil|7F5
hoore-biir|1126
huhtik.|3F3
huhtikuuta|3E3
hétfő|15D1
hós.|11D4
hósdagur|11B4
ian.|26E0
ianuarie|26D0
ibr|2AC3
ibrir|2AB3
id|3313
ig.|10A0
igandea|1080
imeg mbəŋchubi|20B2 20C2
imeg àbùbì|20B1 20C1
iməg fog|20B4 20C4
iməg ichiibɔd|20B5 20C5
iməg ichika|20B7 20C7
iməg krizmed|20BB 20CB
iməg kud|20B8 20C8
iməg mbegtug|20B0
iməg ngwə\u{300}t|20B3 20C3
iməg tèsiʼe|20B9 20C9
iməg zò|20BA 20CA
iməg àdùmbə\u{300}ŋ|20B6 20C6
imɛŋ i putúk,oóli ú kátíɛ|3229
imɛŋ i puɔs|3228
inn|2AC0
innayr|2AB0
ira.|1098
iraila|1078
irũdí|3303
iul.|26E6
iulie|26D6
iun.|26E5
iunie|26D5
iyl|776 3086
iyn|775 3085
iyul|756 3076
iyun|755 3075
iýul|2F16 2F36
iýun|2F15 2F35
jaan|1050
jaanuar|1040
jan|280 A90 FE0 1660 1A10 2C70 2D10 2D40
jan.|1F0 340 380 3B0 E20 11F0 15A0 15E0 1710 2410 2B70
janar|2C60
janeiro|1E0
januaarip|19F0
januar|370 3A0 A80 11C0 2B60 2D00
januara|E10 1590
januari|270 330
januario|1650
januaro|FD0
január|15C0
januára|2B30
janv.|110 11E0 1F30
janvier|100
janvāris|1F20
janúar|1700
jeu.|124
jeudi|F4
joi|1234 26C4 26F4
joibe|1204
jol|114A
jolal|113A
jon|806
jouluk.|3FB
joulukuuta|3EB
jov|1674
jovedi|1644
jue|164
jueves|134
jui.|11F5
juil.|116 11F6
juill.|11E6
juillet|106
juin|105 115 11E5
juk|1147
juko|1137
jul|156 286 A96 FE6 1666 1A16 2D06 2D16 2D46
jul.|1F6 386 3B6 E26 1016 1026 15A6 2B76
julho|1E6
juli|276 336 346 376 3A6 A86 11C6 2416
julij|2B66
julija|E16 1596
julio|146 FD6 1006 1656
jum|955
juma|925 3065
jun|155 285 A95 FE5 1665 1A15 2D05 2D15 2D45
jun.|1F5 385 3B5 E25 1015 1025 15A5 2B75
junho|1E5
juni|275 335 345 375 3A5 A85 11C5 2415
junij|2B65
junija|E15 1595
junio|145 FD5 1005 1655
juov|298B 29BB
juovlamánnu|296B
juovlâ|2BBB
juovlâmáánu|2BAB
juuli|1046 1056
juulip|19F6
juuni|1045 1055
juunip|19F5
júl.|15E6 1716
júla|2B36
július|15C6
júlí|1706
júm|1BB5
júmbá|1B85
jún.|15E5 1715
júna|2B35
június|15C5
júní|1705
jūl.|1F36
jūlijs|1F26
jūn.|1F35
jūnijs|1F25
jǝǝ|1BB4
jǝǝdí|1B84
kaa|58A
kab.|26B2 2782
kam.|2775
kan.|26B4 2777 2784
kar|950
kari|920
ke|403
kedd|15D2
kel|F69
kele|F59
kesi|2BB5
kesimáánu|2BA5
keskiviikko|3D3
keskiviikkona|413
kesäk.|3F5
kesäkuuta|3E5
ketvirtadienis|1E44
kew|1C29
kewçêrê|1C09
kin|18E4
kinta-fera|18B4
kl|3244
kol|1577
kolmapäev|1033
kolovoza|1567
kor|1145
korr|2C76
korrik|2C66
korse|1135
kos|2BC3
koskokko|2B93
kovo|1E32
kpa|591
kris|23EB
krísimin|23DB
kt|1E54
ktu|2AC9
ktubr|2AB9
kua|18E3
kuarta-fera|18B3
kuovâ|2BB1
kuovâmáánu|2BA1
kuŋgwɛ|19E6
kuɖ|F73
kuɖa|F43
května|434
kwa|E72
kwasú|E42
kwi|2C3
kwietnia|2B3
kúpélimetúkpiapɛ|3214
kɔn|7F0
kɔs|F70
kɔsiɖa|F40
kɔɔ|805
kɨz|581
la|406
la.|2426
lahadi|3110
lapkričio|1E3A
larunbata|1086
lau.|1726
lauantai|3D6
lauantaina|416
laugardagur|16F6
laupäev|1036
laurdag|2406
ledna|430
ley.|11D6
leygardagur|11B6
liepos|1E36
lin|2011
lindi|1FE1
lip|2C6 1575
lipca|2B6
lipnja|1565
lis|2CA 1579
listopada|2BA 1569
listopadu|43A
liɓ|7FB
llu|741
llunes|711
lokak.|3F9
lokakuuta|3E9
lr.|10A6
lu|FF1
lug|246
luglio|236
lun|161 251 1231 1671 28F1
lun.|121 26F1
lundi|F1 19D1
lundo|FC1
lunedi|1641
lunedì|221
lunes|131
luni|26C1
lunis|1201 28C1
luns|1301 1331
lut|2C1
lutego|2B1
lyɛʼɛ\u{301} sẅíŋtè|2430
làm|28E5
làmpadas|28D5
lá|29C6
láv|2996 2BC6
lávurdâh|2B96
lávvardat|2976
lávvordat|29A6
lör|356
lördag|326
lør.|396 3C6
lørdag|366
lǝn|1BB1
lǝndí|1B81
lɔm|589
ma|291 401 FF2 2672
maa|1BB2
maadí|1B82
maajip|19F4
maalisk.|3F2
maaliskuuta|3E2
maanantai|3D1
maanantaina|411
maandag|261
maart|272
mabágá má sukul|23C5
mac|7F1
mad|E66
madiɓɛ\u{301}díɓɛ\u{301}|E56
mag|244
maggio|234
mai|104 114 3A4 3B4 1044 1054 11C4 11E4 11F4 1664 1DB4 2414 26D4 26E4
mai.|1F4 1094
maiatza|1074
maijs|1F24 1F34
maio|1E4 1314 1324 1654
maj|2C4 334 344 374 384 A84 A94 FE4 1A14 28E4 2B64 2B74 2BC2 2C64 2C74 2D04 2D14 2D44
maj.|E24
maja|2B4 E14
majebargâ|2B92
majo|FD4
maju|28D4
makandikɛ|322A
man.|391 3C1
mandag|361
mar|152 162 242 252 2C2 732 742 772 942 A92 FE2 1232 1662 1672 1A12 1A22 2002 2012 28E2 28F2 2C72 2D12 3082
mar.|122 1F2 382 3B2 1012 1022 1092 11F2 1322 1332 1712 26E2 26F2 2B72
marca|2B2 2B32
mardi|F2 19D2 1FE2 2652
mardo|FC2
marec|2B62
marisi|932
marlunngorneq|1A02
marrask.|3FA
marraskuuta|3EA
mars|102 112 332 342 3A2 11C2 11E2 1702 1FF2 2412 2C62
marsip|19F2
mart|752 A82 2D02 2D42 2F12 2F32 3072
martars|1202
martedi|1642
martedì|222
martes|132 712 1302
martie|26D2
martio|1652
martis|28C2
marto|FD2
marts|372 1F22 1F32
martxoa|1072
martzu|28D2
marzo|142 232 1002 1312
março|1E2
marți|26C2
mas|F65
masa|F55
mat|7F2
mat.|2773
maw|1152
mawbaare|1122
mawnde|1125
may|154 734 754 774 7FA E69 2AC4 3074 3084
may.|1014 1024
mayo|144 1004
mayyu|2AB4
mayésɛ\u{301}|E59
maí|1704 1714
maý|2F14 2F34
maŋ|2992
maŋŋebárga|2972
maṛ|2AC2
maṛṣ|2AB2
mbe.|26B1 2781
mbegtug|20C0
mbiyɔ mɛndoŋgɔ|19E2
mbl|1DC2
mbo|1142
mbooy|1132
mbs|23F5
mbɔ|804
mbɔ\u{301}ɔntè mvfò lyɛ\u{30C}ʼ|2432
mbɔ\u{301}ɔntè tsetsɛ\u{300}ɛ lyɛ\u{30C}ʼ|2434
md|3241
me|FF3 1FF4 2004 2673
mei|274 284
mej.|15A4
meje|1594
mem|F76
memleɖa|F46
mer|253 1673 2013
mer.|123
mercoledì|223
mercredi|F3
mercuridi|1643
merkredi|1FE3
merkredo|FC3
mesemna|2653
mesiŋ, oóli ú kénie|3223
metúkpíápɛ|3213
mie|1233
mie.|26F3
miercuri|26C3
miercus|1203
mies|2984 29B4
miessemánnu|2964
mik.|11D3
mikudagur|11B3
min|1DC4
mis Du|1C4A
mis Ebrel|1C43
mis Est|1C47
mis Genver|1C40
mis Gortheren|1C46
mis Gwynngala|1C48
mis Hedra|1C49
mis Hwevrer|1C41
mis Kevardhu|1C4B
mis Me|1C44
mis Metheven|1C45
mis Meurth|1C42
mit|3320
mituú|32F0
mié|163 743
miércoles|133 713
mið.|1723
miðvikudagur|16F3
mk|3311
mmk|3322
mms|3323
mo|1271
moandei|1241
mokɔlɔ mwa míbalé|1D92
mokɔlɔ mwa mísáto|1D93
mokɔlɔ mwa yambo|1D91
mokɔlɔ ya mínéi|1D94
mokɔlɔ ya mítáno|1D95
mor|1146
morso|1136
mps|1DC6
mpu|7F4
mpɔ\u{301}sɔ|1D96
mrt|282
ms|3312
msi|1DB2
mst|1DC3
mtn|1DC5
mto|7F3
muk|E73
mukũi|3301
mukɔ\u{301}sú|E43
mur|3321
murakipí|32F1
murakí-mukũi|32F2
murakí-musapíri|32F3
musapíri|3302
mut.|2770
muányáŋmóndie|3212
mvfò lyɛ\u{30C}ʼ|2431
mvfò màga lyɛ\u{30C}ʼ|2435
mw|3242
mwd|1155
màga lyɛ\u{30C}ʼ|2436
má|29C1
máj.|15E4
mája|2B34
május|15C4
mán.|11D1 1721
mánadagur|11B1
mánnodat|29A1
mánudagur|16F1
márc.|15E2
március|15C2
märts|1042 1052
må.|2421
mån|351
måndag|321 2401
mèr|28F3
mèrcuris|28C3
mér.|1333
mércores|1303
móndie|3211
měr.|E22 15A2
měrca|E12 1592
mɔnɔ sɔndi|19D6
mɔ\u{301}n|10E1 23F1
mɔ\u{301}ndi|10B1
mɔ\u{301}ndɔ|23C1
mɔ\u{301}s|E71
mɔ\u{301}sú|E41
mɛ|934 944
mɛk|1BB3
mɛkrɛdí|1B83
mɛrkɛrɛdi|19D3
naa|1154
naasaande|1124
nad|28EB
nadale|28DB
ndzɔ\u{300}ŋèfwòo|57B
ndzɔ\u{300}ŋèsèe|574
ndzɔ\u{300}ŋɔ\u{300}chwaʔàkaa wo|57A
ndzɔ\u{300}ŋɔ\u{300}dùmlo|576
ndzɔ\u{300}ŋɔ\u{300}ghǔuwelɔ\u{300}m|579
ndzɔ\u{300}ŋɔ\u{300}kwîfɔ\u{300}e|577
ndzɔ\u{300}ŋɔ\u{300}kƗ\u{300}zùʔ|571
ndzɔ\u{300}ŋɔ\u{300}nzùghò|575
ndzɔ\u{300}ŋɔ\u{300}nùm|570
ndzɔ\u{300}ŋɔ\u{300}tƗ\u{300}dʉ\u{300}ghà|572
ndzɔ\u{300}ŋɔ\u{300}tƗ\u{300}fʉ\u{300}ghàdzughù|578
ndzɔ\u{300}ŋɔ\u{300}tǎafʉ\u{304}ghā|573
ne|440 2B40
ned|AA0 2D20
ned.|2B80
nedelja|2B50 2CF0
nedeľa|2B20
nedjelja|A70 2D30
neděle|420
neljapäev|1034
ng1|23E0
ng10|23E9
ng11|23EA
ng2|23E1
ng3|23E2
ng4|23E3
ng5|23E4
ng6|23E5
ng7|23E6
ng8|23E7
ng9|23E8
nga|10D9
ngab|10DB
ngad|10DA
ngb|10D1
nge|10D8
ngl|10D2
ngm|10D7
ngn|10D3
ngo|10D0
ngs|10D5
ngt|10D4
ngwɛn hɛmbuɛrí|23D6
ngwɛn lɔmbi|23D7
ngwɛn matáhra|23D0
ngwɛn rɛbvuâ|23D8
ngwɛn wum|23D9
ngwɛn wum navǔr|23DA
ngwɛn ńlal|23D2
ngwɛn ńmba|23D1
ngwɛn ńna|23D3
ngwɛn ńtan|23D4
ngwɛn ńtuó|23D5
ngz|10D6
ngɔn awóm|10C9
ngɔn awóm ai bɛ\u{30C}|10CB
ngɔn awóm ai dziá|10CA
ngɔn bɛ\u{30C}|10C1
ngɔn ebulú|10C8
ngɔn lála|10C2
ngɔn mwom|10C7
ngɔn nyina|10C3
ngɔn osú|10C0
ngɔn saməna|10C5
ngɔn tána|10C4
ngɔn zamgbála|10C6
niedz.|2D0
niedziela|2A0
nja|801
njapi|19E8
nje|7F6 E30 1153 15B0
njedźela|1580
njeslaare|1123
njeźela|E00
njuhčâ|2BB2
njuhčâmáánu|2BA2
njuk|2982 29B2
njukčamánnu|2962
noiembrie|26DA
nov|15A 24A 28A A9A FEA 105A 166A 1A1A 200A 2D1A 2D4A
nov.|11A 1FA 34A 38A 3BA 101A 102A 11EA 11FA 132A 15EA 1F3A 241A 26EA 2B7A
novam|1FFA
novembar|A8A 2D0A
novembarip|19FA
november|27A 33A 37A 3AA 104A 11CA 15CA 2B6A
novembra|2B3A
novembre|10A 23A 165A
novembris|1F2A
novembro|1EA FDA 131A
noviembre|14A 100A
now|94A
now.|E2A 15AA
nowanburu|93A
nowembra|E1A 159A
noy|77A 308A
noyabr|75A 307A
noý|2F3A
noýabr|2F1A
nts|590
ntɛ|951
ntɛnɛ|921
num.|1920
numĩggu|18F0
nuw|2ACA
nuwanbir|2ABA
nvb|1DBA
nya.|2776
nyukul|19E9
nyɛt|E68
nyɛtɛki|E58
nze.|2778
nzu|585
nën|2C7A
nëntor|2C6A
nóv.|171A
nóvember|170A
nùm|580
nɔy|800
o.1|3230
o.10|3239
o.11|323A
o.12|323B
o.2|3231
o.3|3232
o.4|3233
o.5|3234
o.6|3235
o.7|3236
o.8|3237
o.9|3238
och|739
oct|159 1669
oct.|119 1019 1029 11E9 11F9 26E9
octobre|109 1659
octombrie|26D9
octubre|149 1009
og.|10A4
okt|289 779 A99 FE9 1059 1A19 2009 2D19 2D49 2F39 3089
okt.|349 389 3B9 E29 15A9 15E9 1719 1F39 2419 2B79
oktabr|3079
oktob|1FF9
oktobar|A89 2D09
oktobarip|19F9
oktober|279 339 379 3A9 11C9 2B69
oktobra|E19 1599
oktobris|1F29
oktobro|FD9
oktoober|1049
oktyabr|759
október|15C9 1709
októbra|2B39
oktýabr|2F19
on.|2423
ons|353
ons.|393 3C3
onsdag|323 363 2403
or.|10A5
osteguna|1084
ostirala|1085
otrd.|1F42
otrdiena|1F12
ots.|1091
otsaila|1071
ott|249
ottobre|239
out|1FF7 2007
out.|1F9 1329
outubro|1E9 1319
ođđajagemánnu|2960
ođđj|2980 29B0
ožu|1572
ožujka|1562
pa hidatu|883
pa hihanu|885
pa hitayi|884
pa hivili|882
pa mulungu|880
pa mwedzi gwa hutala|890
pa mwedzi gwa kumi|899
pa mwedzi gwa kumi na mbili|89B
pa mwedzi gwa kumi na moja|89A
pa mwedzi gwa nane|897
pa mwedzi gwa saba|896
pa mwedzi gwa sita|895
pa mwedzi gwa tisa|898
pa mwedzi gwa wudatu|892
pa mwedzi gwa wuhanu|894
pa mwedzi gwa wutai|893
pa mwedzi gwa wuvili|891
pa shahulembela|886
pa shahuviluha|881
pamba|19E0
pas|2BC0
pasepeivi|2B90
pay|73A
payshanba|3064
paź|2C9
października|2B9
pe|405
pen|2F44
penktadienis|1E45
penşenbe|2F24
perjantai|3D5
perjantaina|415
pet|AA5 2D25
pet.|2B85
petak|A75 2CF5 2D35
petek|2B55
pi|2B45 3318
piatok|2B25
piektd.|1F45
piektdiena|1F15
pikítíkítie, oólí ú kutúan|3220
pilɔndɔ\u{301}|322B
pin|1A23
pingasunngorneq|1A03
pir-kurã-há|18F1
pir.|1921
pirmadienis|1E41
pirmd.|1F41
pirmdiena|1F11
pisuyú|3227
piątek|2A5
pja|15B5
pjatk|1585
pm|3316
pn|1E55
po|441 2B41
pon|AA1 2D21
pon.|2D1 2B81
pondelok|2B21
pondělí|421
ponedeljak|2CF1 2D31
ponedeljek|2B51
ponedjeljak|A71
poniedziałek|2A1
porge|2BB7
porgemáánu|2BA7
pr|1E51
pri|2C73
prill|2C63
pro|157B
prosinca|156B
prosince|43B
ps|3317
pt.|2D5
pu|3314
py|3315
pá|445
pátek|425
pén.|1925
pénkar-kurã-há|18F5
péntek|15D5
pêncşem|1C14
pón|E31 15B1
póndźela|1581
pónjeźele|E01
pú|3304
pú-irũdí|3308
pú-mukũi|3306
pú-musapíri|3307
pú-yepé|3305
pûş|1C25
pûşperê|1C05
pühapäev|1030
pět|E35
pětk|E05
pş|1C34
qer|2C75
qershor|2C65
qua.|203
quarta|213
quarta-feira|1D3
qui.|204
quinta|214
quinta-feira|1D4
reede|1035
rez|1C28
rezberê|1C08
reş|1C21
reşemiyê|1C01
roovvâd|2BB9
roovvâdmáánu|2BA9
rugpjūčio|1E37
rugsėjo|1E38
ruj|1578
rujna|1568
rég.|1922
régre-kurã-há|18F2
rêb|1C20
rêbendanê|1C00
sa|FF6
sab|256 1236 1676 18E6
sabato|226 FC6
sabbato|1646
sabide|1206
sam|1BB6 2016
sam.|126
samdi|1FE6
samdí|1B86
samedi|F6
santandria|28DA
santugaine|28D9
sap|1A20
sapaat|1A00
sas|23F6
sau|3326
saurú|32F6
sausio|1E30
sav.|1926
savnu|18F6
saŋ cÿó|2443
saŋ kàg ngwóŋ|2441
saŋ lepyè shúm|2442
saŋ lùm|244B
saŋ mbʉ\u{300}ŋ|2447
saŋ mejwoŋó|244A
saŋ ngwɔ\u{300}ʼ mbÿɛ|2448
saŋ njÿoláʼ|2445
saŋ tsetsɛ\u{300}ɛ lùm|2440
saŋ tsɛ\u{300}ɛ cÿó|2444
saŋ tyɛ\u{300}b tyɛ\u{300}b mbʉ\u{300}ŋ|2446
saŋ tàŋa tsetsáʼ|2449
sd|3240
see|584 1143
seeɗto|1133
seg.|201
segunda|211
segunda-feira|1D1
sekmadienis|1E40
sen|778 2F38 3088
sentabr|3078
sentyabr|758
sentýabr|2F18
sep|288 A98 FE8 1668 2008 2D18
sep.|348 388 3B8 E28 15A8 1718 2418 2B78
sept|158 1058 1A18 2D48
sept.|118 1028 11E8 11F8 1F38 26E8
septam|1FF8
septembar|A88 2D08
septembarip|19F8
september|278 338 378 3A8 1048 11C8 1708 2B68
septembra|E18 1598 2B38
septembre|108 1658
septembrie|26D8
septembris|1F28
septembro|FD8
septiembre|148
ser|1C2A
sermawezê|1C0A
ses|18E5
seshanba|3062
sesta-fera|18B5
sestd.|1F46
sestdiena|1F16
set|248 738
set.|1F8 1018 1328
setembro|1E8 1318
setiembre|1008
settembre|238
sex.|205
sexta|215
sexta-feira|1D5
shanba|3066
shk|2C71
shkurt|2C61
sht|2C78
shtator|2C68
si|1270
sia|F66
siamlɔm|F56
sib|956
sibiri|926
sie|2C7
sierpnia|2B7
sig|18E1
sigunda-fera|18B1
sii|1140
siilo|1130
siilto|1138
sij|1570
siječnja|1560
sis|1A24
sisamanngorneq|1A04
siş|2F42
sişenbe|2F22
siɓiti|3116
siɛyɛ\u{301}, oóli ú kándíɛ|3221
sk|1E50
skammâ|2BBA
skammâmáánu|2BAA
skáb|298A 29BA
skábmamánnu|296A
slt|1148
smb|10E2 23F2
sml|10E3 23F3
smn|10E4 23F4
snein|1240
sneon|1246
so|446 1276 2676 29C0 2B46
sob|E36 15B6
sob.|2D6 2B86
sobota|2A6 426 E06 1586 2B26 2B56
sonda|2656
sotn|2990
sotnabeaivi|2970 29A0
spalio|1E39
sre|2D23
sre.|2B83
sreda|2B53 2CF3
sri|AA3
srijeda|A73 2D33
srj|E33 15B3
srjeda|1583
srjoda|E03
srp|1576
srpna|437
srpnja|1566
ss|3246
st|443 2B43
stA|28EA
stG|28E9
stb|1DB8
streda|2B23
stu|157A
studenoga|156A
stw|E34
stwórtk|E04
sty|2C0
stycznia|2B0
středa|423
su|400
sub|AA6 2D26
subota|A76 2CF6 2D36
sun.|11D0 1720
sunnudagur|11B0 16F0
sunnuntai|3D0
sunnuntaina|410
suoi|2986 29B6
suoidnemánnu|2966
sup|3324
supapá|32F4
svi|1574
svibnja|1564
svētd.|1F40
svētdiena|1F10
syeini|2BB6
syeinimáánu|2BA6
syysk.|3F8
syyskuuta|3E8
szept.|15E8
szeptember|15C8
szerda|15D3
szombat|15D6
sàb|28F6
sàbadu|28C6
sáb|166 746
sáb.|206 1336
sábado|136 1D6 216 1306
sábadu|716 18B6
sánzá ya libwa|1DA8
sánzá ya motóbá|1DA5
sánzá ya mwambe|1DA7
sánzá ya míbalé|1DA1
sánzá ya mínei|1DA3
sánzá ya mísáto|1DA2
sánzá ya mítáno|1DA4
sánzá ya nsambo|1DA6
sánzá ya yambo|1DA0
sánzá ya zómi|1DA9
sánzá ya zómi na míbalé|1DAB
sánzá ya zómi na mɔ\u{30C}kɔ\u{301}|1DAA
sásadi|23C6
sâm.|26F6
sâmbătă|26C6
sér|10E6
séradé|10B6
séselé|3216
sêşem|1C12
sön|350
söndag|320
sø.|2420
søn.|390 3C0
søndag|360 2400
sş|1C32
sɔndi|19D0
sɔŋ|E62
sɔŋɛ|E52
sɔ\u{301}n|10E0 1BB0 23F0
sɔ\u{301}ndiɛ|3210
sɔ\u{301}ndǝ|1B80
sɔ\u{301}ndɔ|10B0 23C0
sɔ\u{301}ndɔ mafú mába|23C2
sɔ\u{301}ndɔ mafú málal|23C3
sɔ\u{301}ndɔ mafú mána|23C4
sɔ\u{301}ndɔ məlú mə\u{301}bɛ\u{30C}|10B2
sɔ\u{301}ndɔ məlú mə\u{301}lɛ\u{301}|10B3
sɔ\u{301}ndɔ məlú mə\u{301}nyi|10B4
sɛt|948
sɛtanburu|938
taa|583
tal|1A25
talata|3112
tallimanngorneq|1A05
tammik.|3F0
tammikuuta|3E0
tar|952
tarata|922
ted|F62
tedoxe|F52
teisipäev|1032
ter|18E2
ter.|202
tersa-fera|18B2
terça|212
terça-feira|1D2
tet|2C79
tetor|2C69
thg 1|4C0
thg 10|4C9
thg 11|4CA
thg 12|4CB
thg 2|4C1
thg 3|4C2
thg 4|4C3
thg 5|4C4
thg 6|4C5
thg 7|4C6
thg 8|4C7
thg 9|4C8
tháng 1|4B0
tháng 10|4B9
tháng 11|4BA
tháng 12|4BB
tháng 2|4B1
tháng 3|4B2
tháng 4|4B3
tháng 5|4B4
tháng 6|4B5
tháng 7|4B6
tháng 8|4B7
tháng 9|4B8
ti|402 1272
tiisdei|1242
tiistai|3D2
tiistaina|412
tin|E6A
tiníní|E5A
tir.|3C2
tirs.|392
tirsdag|362
tis|352
tisdag|322
to|404 1274
to.|2424
tongersdei|1244
tor.|3C4 2B82
torek|2B52
tors|354
tors.|394
torsdag|324 364 2404
torstai|3D4
torstaina|414
toukok.|3F4
toukokuuta|3E4
tr|1E53
tra|1573
travnja|1563
trečiadienis|1E43
trešd.|1F43
trešdiena|1F13
trì|28E6
trìulas|28D6
tsuʔndzɨkɔʔɔ|566
tsuʔntsɨ|560
tsuʔughɔe|562
tsuʔughɨ\u{302}m|565
tsuʔukpà|561
tsuʔumè|564
tsuʔutɔ\u{300}mlò|563
tsètsɛ\u{300}ɛ lyɛ\u{30C}ʼ|2433
tuo|2BC4
tuorâstâh|2B94
ty.|2422
tysdag|2402
tîr|1C26
tîrmehê|1C06
týs.|11D2
týsdagur|11B2
tɔm|593
tɛɛnɛɛ|3111
tɨd|582
tẽg.|1923
tẽgtũ-kurã-há|18F3
ugu.|277A
uku.|277B
ukw.|2779
ume|594
urr.|1099
urria|1079
urt.|1090
urtarrila|1070
ut|2B42
uti|937 947
uto|AA2 2D22
utorak|A72 2CF2 2D32
utorok|2B22
uum|802
uzt.|1096
uztaila|1076
uđiv|2BB0
uđđâivemáánu|2BA0
van|2015
vandredi|1FE5
vasario|1E31
vasárnap|15D0
vaŋdɛrɛdi|19D5
ve|FF5 2675
veebr|1051
veebruar|1041
velj|1571
veljače|1561
ven|255 1675
ven.|125 1335
venderdi|2655
vendredi|F5
vendredo|FC5
venerdi|1645
venerdì|225
venres|1305
vie|165 745
vienres|715
viernes|135
vin|1235
vin.|26F5
vinars|1205
vineri|26C5
vr|295
vrijdag|265
vuo|2BC1
vuos|2991
vuossargâ|2B91
vuossárga|2971
vyesi|2BB4
vyesimáánu|2BA4
vás|2BC5
vástuppeivi|2B95
vẽn.|1924
vẽnhkãgra-kurã-há|18F4
wanja|19E1
wał|E32
wałtora|E02
wer.|2772
wo|293 1273
woansdei|1243
woensdag|263
wrz|2C8
września|2B8
wt.|2D2
wtorek|2A2
wut|15B2
wutora|1582
xan.|1320
xaneiro|1310
xin|730
xnt|736
xov.|1334
xoves|1304
xue|744
xueves|714
xul.|1326
xullo|1316
xun|735
xuño|1315 1325
yakshanba|3060
yan|770 1DB0 3080
yanvar|750 3070
yar|1149
yarkomaa|1139
yaw|F74
yawoɖa|F44
ybo|1DC1
ye|3310
yedi|19D4
yekşem|1C10
yepé|3300
yepé-mukũi|330B
yepé-putimaã|3309
yepé-yepé|330A
ym|331B
yp|3319
yuk|3325
yukuakú|32F5
yul|1DB6 2AC6
yulyuz|2AB6
yun|1DB5 2AC5
yunyu|2AB5
yy|331A
yş|1C30
za|296
zan|940 2000
zanvie|1FF0
zanwuye|930
zaterdag|266
ze|2014
zedi|1FE4
zil|2006
zilye|1FF6
zin|1FF5 2005
zo|290
zondag|260
zul|946
zuluye|936
zuw|945
zuwɛn|935
září|438
Àbám|3296 32D6
Àjj|31A5
Àjjuma|3175
Àla|31A3
Àlarba|3173
Àìk|3290 32D0
Ápta Mɔ\u{301}ndi|1732
Ç.|783
Ç.a.|782
Çar|313
Çarşamba|2F3
Èrèl|3281 32C1
Épr|25C3
Éprel|25B3
Ìgb|3283 32C3
Ìsɛ\u{301}g|32D2
Ìsẹ\u{301}g|3292
Íne|1CE2
Ògmh|12E5
Ògú|3287 32C7
Òkú|3285 32C5
Öig|3157
Öigšte|3147
ágú.|1717
ágúst|1707
ápr.|15E3
április|15C3
çar|2F43
çarşem|1C13
çarşenbe|2F23
çş|1C33
çərşənbə|763
çərşənbə axşamı|762
ét|E70
éti|E40
în|1C15 1C35
února|431
út|442
úterý|422
ýan|2F30
ýanwar|2F10
ýek|2F40
ýekşenbe|2F20
þri.|1722
þriðjudagur|16F2
Āku|20F7
Ākuhata|20E7
Āpe|20F3
Āpereira|20E3
Čhaŋpȟásapa Wí|1D86
Čhaŋwápe-kasná Wí|1D89
Čhaŋwápetȟo Wí|1D84
Čhaŋwápeǧi Wí|1D88
čakč|2988 29B8
čakčamánnu|2968
července|436
června|435
čet|AA4 2D24
čet.|2B84
četrtek|2B54
četvrtak|A74 2CF4 2D34
čohčâ|2BB8
čohčâmáánu|2BA8
čt|444
čtvrtek|424
Ġim|22A5
Ġun|2295
Ġunju|2285
Ħad|22A0
Ħam|22A4
ĨPU|1FC3
Ĩkl|186B
Ĩkm|186A
Ĩku|1869
Ĩpurũ|1FB3
ĵa|FF4
ĵaŭdo|FC4
Ŋuaan|2484
Ŋuaan lätni|2454
ŋ1|1BA0
ŋ10|1BA9
ŋ11|1BAA
ŋ12|1BAB
ŋ2|1BA1
ŋ3|1BA2
ŋ4|1BA3
ŋ5|1BA4
ŋ6|1BA5
ŋ7|1BA6
ŋ8|1BA7
ŋ9|1BA8
ŋge|803
ŋgi|E74
ŋgisú|E44
ŋgwà jôn|7D6
ŋgwà kɔɔ|7D5
ŋgwà mbɔk|7D4
ŋgwà njaŋgumba|7D1
ŋgwà nɔ\u{302}y|7D0
ŋgwà ûm|7D2
ŋgwà ŋgê|7D3
ŋgɔn|E61
ŋgɔndɛ|E51
ŋwíí a ntɔ\u{301}ntɔ|1B90
ŋwíí akǝ bɛ\u{301}ɛ|1B91
ŋwíí akǝ nin|1B93
ŋwíí akǝ ntɛk|1B99
ŋwíí akǝ ntɛk di bɔ\u{301}k|1B9A
ŋwíí akǝ ntɛk di bɛ\u{301}ɛ|1B9B
ŋwíí akǝ ráá|1B92
ŋwíí akǝ táabɛɛ|1B96
ŋwíí akǝ táafɔk|1B95
ŋwíí akǝ táan|1B94
ŋwíí akǝ táanin|1B98
ŋwíí akǝ táaraa|1B97
října|439
śr.|2D3
środa|2A3
Ş.|786
Şub|301
Şubat|2E1
ş|1C36
şemî|1C16
şen|2F46
şenbe|2F26
şənbə|766
šeštadienis|1E46
št|1E56 2B44
štvrtok|2B24
štw|15B4
štwórtk|1584
Žan|DA0
Žanwiye|D90
Žuw|DA5
Žuweŋ|D95
Žuy|DA6
Žuyye|D96
Ɔ-A|5C9
Ɔ-O|5CA
Ɔberɛfɛw-Obubuo|5BA
Ɔbɛsɛ-Ahinime|5B9
Ɔjɔ\u{301} Ajé|32B1
Ɔjɔ\u{301} Àbámɛ\u{301}ta|32B6
Ɔjɔ\u{301} Àìkú|32B0
Ɔjɔ\u{301} Ìsɛ\u{301}gun|32B2
Ɔjɔ\u{301} Ɛtì|32B5
Ɔjɔ\u{301}b|32D4
Ɔjɔ\u{301}bɔ|32B4
Ɔjɔ\u{301}r|32D3
Ɔjɔ\u{301}rú|32B3
Ɔlɔ\u{301}ɨ\u{301}bɔ\u{301}rárɛ|1F87
Ɔɛn|1F92
Ɔɛnɨ\u{301}ɔɨŋɔk|1F82
Ɔ\u{300}pɛ|32CB
Ɔ\u{300}wà|32C9
Ɛrɛ\u{300}n|32C2
Ɛt|32D5
Ɛ\u{300}bi|32C4
Ɣuc|1827 2FF7
Ɣuct|1817 2FE7
ǀHooǂgaeb|233A
ǀKhuuǁkhâb|2332
ǂKhoesaob|2336
ǂNûǁnâiseb|2339
ǃHôaǂkhaib|2333
ǃKhaitsâb|2334
ǃKhanni|2330
ǃKhanǀgôab|2331
ɓulɓusɛ|19EB
ɔku|949
ɔkutɔburu|939
ɔnsúmbɔl, oóli ú kátátúɛ|3222
ɔsɔn|3225
ɔtb|1DB9
ɗón|E75
ɗónɛsú|E45
ɣuc|2AC7
ɣuct|2AB7
ʻAok|2F77
ʻAokosi|2F67
ʻAp.|14A3
ʻApelila|1493
ʻAu.|14A7
ʻAukake|1497
ʻEpe|2F73
ʻEpeleli|2F63
ʻOk.|14A9
ʻOka|2F79
ʻOkakopa|1499
ʻOkatopa|2F69
Απρ|FA3
Απριλίου|F93
Αυγ|FA7
Αυγούστου|F97
Δεκ|FAB
Δεκεμβρίου|F9B
Δευ|FB1
Δευτέρα|F81
Ιαν|FA0
Ιανουαρίου|F90
Ιουλ|FA6
Ιουλίου|F96
Ιουν|FA5
Ιουνίου|F95
Κυρ|FB0
Κυριακή|F80
Μαΐ|FA4
Μαΐου|F94
Μαρ|FA2
Μαρτίου|F92
Νοε|FAA
Νοεμβρίου|F9A
Οκτ|FA9
Οκτωβρίου|F99
Πέμ|FB4
Πέμπτη|F84
Παρ|FB5
Παρασκευή|F85
Σάβ|FB6
Σάββατο|F86
Σεπ|FA8
Σεπτεμβρίου|F98
Τετ|FB3
Τετάρτη|F83
Τρί|FB2
Τρίτη|F82
Φεβ|FA1
Φεβρουαρίου|F91
Авг|2E77
Август|2E67
Алт|27E9
Алтынньы|27C9
Апр|2E73
Апрел|2E63
Атр|27E7
Атырдьых ыйын|27C7
Ахс|27EB
Б.|7C0
Б.Е.|7C1
Ба|21C5
Балаҕан ыйын|27C8
Блҕ|27E8
Бэс|27E5
Бэс ыйын|27C5
Бээтиҥсэ|27D5
Бя|21C6
Да|21C1
Дек|2E7B
Декабр|2E6B
Душанбе|2E51
Дшб|2E81
Июл|2E66 2E76
Июн|2E65 2E75
Клн|27E2
Кулун тутар|27C2
Лх|21C3
Май|2E64 2E74
Мар|2E72
Март|2E62
Мсу|27E3
Муус устар|27C3
Мя|21C2
Ноя|2E7A
Ноябр|2E6A
Ня|21C0
Окт|2E79
Октябр|2E69
Олун|27E1
Олунньу|27C1
От ыйын|27C6
Отй|27E6
Панҷшанбе|2E54
Пшб|2E84
Пү|21C4
Сен|2E78
Сентябр|2E68
Сешанбе|2E52
Сшб|2E82
Сэт|27EA
Сэтинньи|27CA
Тохс|27E0
Тохсунньу|27C0
Фев|2E71
Феврал|2E61
Ч.|7C3
Ч.А.|7C2
Чоршанбе|2E53
Чшб|2E83
Ш.|7C6
Шанбе|2E56
Шнб|2E86
Ыам|27E4
Ыам ыйын|27C4
Якшанбе|2E50
Янв|2E70
Январ|2E60
Яшб|2E80
авг|7B7 B97 2CB7 2CE7
авг.|197 1C97 2137 2527 2FB7
август|797 8D7 B77 2127 2CA7 2F97 30C7
августа|187
августы|2517
авӑн|CB8 CC8
ака|CB3 CC3
апр|7B3 AD3 B93 2CB3 2CE3
апр.|193 1C93 2133 2523 2FB3
апрел|793 30C3
апрелы|2513
апрель|B73 2F93
апреля|183
април|8D3 AC3 2123 2CA3
аравдугаар сар|2199
арван нэгдүгээр сар|219A
арван хоёрдугаар сар|219B
ауг|AD7
аугуст|AC7
ахсынньы|27CB
аў|842
аўторак|812
ақп.|19B1
ақпан|1991
баасан|21A5
базар|7A0
базар ертәси|7A1
баскыһыанньа|27D0
бейсенбі|19A4
бейш.|1CA4
бейшемби|1C84
бер.|472
березня|462
бн|27F1
бс|19C4 27F0
бэ|27F5
бэнидиэнньик|27D1
бямба|21A6
вер|838
вер.|478
верасня|828
вересня|468
воскресенье|170
вс|1A0
вт|1A2 482
вто.|2142
вторник|172 8C2 2112
выр.|CD0
вырсарникун|CA0
вівторок|452
груд.|47B
грудня|46B
гуравдугаар сар|2192
гыйн.|2FB0
гыйнвар|2F90
даваа|21A1
дек|7BB B9B
дек.|19B 1C9B 213B 252B 2FBB
декабр|79B 30CB
декабры|251B
декабрь|B7B 2F9B
декабря|18B
декември|8DB 212B
дец|ADB 2CBB 2CEB
децембар|ACB 2CAB
долоодугаар сар|2196
дс|19C1
душ|30D1
душанба|30B1
дцг|2532
дыццӕг|2502
дүй.|1CA1
дүйсенбі|19A1
дүйшөмбү|1C81
дүш.|2FC1
дүшәмбе|2FA1
дөрөвдүгээр сар|2193
еа|BA4
еара|B84
есдүгээр сар|2198
жек.|1CA0
жексенбі|19A0
жекшемби|1C80
жел.|19BB
желтоқсан|199B
жм|19C5
жні|837
жніўня|827
жовт.|479
жовтня|469
жс|19C0
жум|30D5
жума|1C85 1CA5 30B5
жұма|19A5
зургаадугаар сар|2195
ишемби|1C86
ишм.|1CA6
июл|B96 30C6
июл.|196 1C96
июлы|2516 2526
июль|B76 2F96 2FB6
июля|186
июн|B95 30C5
июн.|195 1C95
июны|2515 2525
июнь|B75 2F95 2FB5
июня|185
ијл|7B6
ијн|7B5
ијул|796
ијун|795
кас|839
кастрычніка|829
квіт.|473
квітня|463
кра|833
красавіка|823
крс|2531
кха|BA3
кхаара|B83
къуырисӕр|2501
кӀи|BA0
кӀира|B80
кӑр.|CC0
кӑрлач|CB0
кӗҫ.|CD4
кӗҫнерникун|CA4
лип.|476
липня|466
лист.|47A
листопада|46A
лхагва|21A3
лют|831
лют.|471
лютага|821
лютого|461
ліп|836
ліпеня|826
ліс|83A
лістапада|82A
май|794 7B4 8D4 B74 B94 1C94 2F94 2FB4 30C4
майрӕмбон|2505
майы|2514 2524
мам.|19B4
мамыр|1994
мар|7B2 AD2 B92 2CB2
мар.|192 1C92 2132 2522 2FB2
март|792 8D2 AC2 B72 2122 2CA2 2CE2 2F92 30C2
марта|182
мартъийы|2512
мау.|19B5
маусым|1995
мая|184 194 824 834
мај|AC4 AD4 2124 2134 2CA4 2CB4 2CE4
мрб|2535
мягмар|21A2
наймдугаар сар|2197
нар.|CC1
нарӑс|CB1
нау.|19B2
наурыз|1992
нд|480 840
нед|AE0 2CC0
нед.|2140
недела|2110
неделя|8C0
недеља|2C90
неділя|450
недјеља|AB0 2CD0
нов|ADA 2CBA 2CEA
новембар|ACA 2CAA
ноем.|213A
ноември|8DA 212A
ноя|B9A
ноя.|1C9A 252A
нояб.|19A 2FBA
ноябр|30CA
ноябры|251A
ноябрь|B7A 2F9A
ноября|18A
ној|7BA
нојабр|79A
нэгдүгээр сар|2190
нядзеля|810
ням|21A0
окт|7B9 AD9 B99 2CB9 2CE9
окт.|199 1C99 2139 2529 2FB9
октобар|AC9 2CA9
октомври|8D9 2129
октябр|30C9
октябры|2519
октябрь|B79 2F99
октября|189
октјабр|799
оп|27F2
оптуорунньук|27D2
ор|BA1
оршот|B81
пʼятниця|455
пай|30D4
пайшанба|30B4
панядзелак|811
пет|AE5 2CC5
пет.|2145
петак|AB5 2C95 2CD5
петок|2115
петък|8C5
пн|1A1 481 841
пон|AE1 2CC1
пон.|2141
понеделник|8C1 2111
понедельник|171
понедељак|2C91 2CD1
понеділок|451
понедјељак|AB1
пт|1A5 485 845
пуш|CB2 CC2
пятница|175
пятніца|815
пүрэв|21A4
пӀе|BA5
пӀераска|B85
пәнҗ.|2FC4
пәнҗешәмбе|2FA4
раш.|CCB
раштав|CBB
саб.|2146
сабат|2506
сабота|2116
сак|832
сакавіка|822
сб|1A6 486 846 19C6 27F6
сбт|2536
сейсенбі|19A2
сен|7B8 B98
сен.|1C98 2528
сенбі|19A6
сент.|198 2FB8
сентябр|30C8
сентябры|2518
сентябрь|B78 2F98
сентября|188
сентјабр|798
сеп|AD8 2CB8
септ|2CE8
септ.|2138
септембар|AC8 2CA8
септември|8D8 2128
серада|813
середа|453
серп.|477
серпня|467
сеш|30D2
сешанба|30B2
сиш.|2FC2
сишәмбе|2FA2
сне|83B
снежня|82B
ср|1A3 483 843 19C3
сре|2CC3
сре.|2143
среда|173 2113 2C93
сри|AE3
сриједа|AB3 2CD3
сряда|8C3
сс|19C2
сту|830
студзеня|820
суб|AE6 2CC6
суббота|176
субота|456 816 AB6 2C96 2CD6
субуота|27D6
събота|8C6
сэ|27F3
сэрэдэ|27D3
січ.|470
січня|460
сәрсенбі|19A3
сәу.|19B3
сәуір|1993
тавдугаар сар|2194
там.|19B7
тамыз|1997
трав.|474
травня|464
тун.|CD1
тунтикун|CA1
уто|AE2 2CC2
уторак|AB2 2C92 2CD2
утӑ|CB6 CC6
феб|AD1 2CB1 2CE1
фебруар|AC1 2CA1
фев|7B1 B91
фев.|1C91 2131 2521 2FB1
февр.|191
феврал|791 30C1
февралы|2511
февраль|B71 2F91
февраля|181
февруари|8D1 2121
хоёрдугаар сар|2191
хуыцаубон|2500
хцб|2530
цпр|2534
цыппӕрӕм|2504
чацвер|814
черв.|475
червня|465
чет|AE4 2CC4
чет.|2144
четвер|454
четверг|174
четвртак|AB4 2C94 2CD4
четврток|2114
четвъртък|8C4
чор|30D3
чоршанба|30B3
чп|27F4
чт|1A4 484
чц|844
чэппиэр|27D4
чэр|835
чэрвеня|825
чәр.|2FC3
чәршәмбе|2FA3
чәршәнбә|7A3
чәршәнбә ахшамы|7A2
чӳк|CBA CCA
шан|30D6
шанба|30B6
шарш.|1CA3
шаршемби|1C83
шейш.|1CA2
шейшемби|1C82
ши|BA2
шим.|2FC6
шимбә|2FA6
шинара|B82
шуо|BA6
шуот|B86
шіл.|19B6
шілде|1996
шӑм.|CD6
шӑматкун|CA6
шәнбә|7A6
ытл.|CD2
ытларикун|CA2
эр.|CD5
эрнекун|CA5
юли|8D6
юн.|CD3
юни|8D5
юнкун|CA3
юпа|CB9 CC9
якш|30D0
якш.|2FC0
якшанба|30B0
якшәмбе|2FA0
янв|B90
янв.|190 1C90 2520
январ|30C0
январы|2510
январь|B70
января|180
януари|8D0
јан|7B0 AD0 2CB0 2CE0
јан.|2130
јанвар|790
јануар|AC0 2CA0
јануари|2120
јул|AD6 2CA6 2CB6 2CE6
јул.|2136
јули|AC6 2126
јун|AD5 2CA5 2CB5 2CE5
јун.|2135
јуни|AC5 2125
җом.|2FC5
җомга|2FA5
қаз.|19B9
қазан|1999
қар.|19BA
қараша|199A
қаң.|19B0
қаңтар|1990
қыр.|19B8
қыркүйек|1998
ҫу|CB4 CC4
ҫур.|CC7
ҫурла|CB7
ҫӗр.|CC5
ҫӗртме|CB5
Ҷмъ|2E85
Ҷумъа|2E55
Ҹ.|7C5
Ҹ.А.|7C4
ҹүмә|7A5
ҹүмә ахшамы|7A4
ӕрт|2533
ӕртыццӕг|2503
ապր|1623
ապրիլի|1603
դեկ|162B
դեկտեմբերի|160B
երեքշաբթի|1612
երկ|1631
երկուշաբթի|1611
երք|1632
կիր|1630
կիրակի|1610
հինգշաբթի|1614
հլս|1626
հնգ|1634
հնս|1625
հնվ|1620
հոկ|1629
հոկտեմբերի|1609
հուլիսի|1606
հունիսի|1605
հունվարի|1600
մայիսի|1604
մարտի|1602
մյս|1624
մրտ|1622
նոյ|162A
նոյեմբերի|160A
շաբաթ|1616
շբթ|1636
ուր|1635
ուրբաթ|1615
չորեքշաբթի|1613
չրք|1633
սեպ|1628
սեպտեմբերի|1608
փետրվարի|1601
փտվ|1621
օգոստոսի|1607
օգս|1627
א\u{5B7}פ\u{5BC}ריל|3263
אוגוסט|14D7
אוג\u{5F3}|14E7
אויגוסט|3267
אוקטובר|14D9
אוק\u{5F3}|14E9
אפריל|14D3
אפר\u{5F3}|14E3
אקטאבער|3269
דאנערשטיק|3254
דינסטיק|3252
דעצעמבער|326B
דצמבר|14DB
דצמ\u{5F3}|14EB
זונטיק|3250
יא\u{5B7}נוא\u{5B7}ר|3260
יולי|14D6 14E6 3266
יום א\u{5F3}|14F0
יום ב\u{5F3}|14F1
יום ג\u{5F3}|14F2
יום ד\u{5F3}|14F3
יום ה\u{5F3}|14F4
יום ו\u{5F3}|14F5
יום חמישי|14C4
יום ראשון|14C0
יום רביעי|14C3
יום שבת|14C6
יום שישי|14C5
יום שלישי|14C2
יום שני|14C1
יוני|14D5 14E5 3265
ינואר|14D0
ינו\u{5F3}|14E0
מא\u{5B8}נטיק|3251
מאי|14D4 14E4
מיטוואך|3253
מיי|3264
מערץ|3262
מרץ|14D2 14E2
נאוועמבער|326A
נובמבר|14DA
נוב\u{5F3}|14EA
סעפ\u{5BC}טעמבער|3268
ספטמבר|14D8
ספט\u{5F3}|14E8
פ\u{5BF}עברוא\u{5B7}ר|3261
פ\u{5BF}רײ\u{5B7}טיק|3255
פברואר|14D1
פבר\u{5F3}|14E1
שבת|14F6 3256
آب|657
آبان|10FA
آتھوار|1B20
آذار|652
آذر|10FB
آچر|2900
آڤریل|1E23
آڪٽوبر|2919
آگسٽ|2917
آگوست|1E27
أبريل|633 663
أغسطس|637
أغشت|677
أفريل|643
أكتوبر|639 649 669 679
أوت|647
أيار|654
أيلول|658
إبريل|673
ئاب|C77
ئازار|C72
ئاپرېل|3013
ئاۋغۇست|3017
ئایار|C74
ئوکتوڤر|1E29
ئىيۇل|3016
ئىيۇن|3015
ئۆكتەبىر|3019
ئەیلوول|C78
اتوار|2580 3040
اربع|2903
اردیبهشت|10F4
اسد|1117
اسفند|10F2
الأحد|620
الأربعاء|623
الاثنين|621
الثلاثاء|622
الجمعة|625
الخميس|624
السبت|626
اونۍ|25E6
ا\u{64E}تھوار|1B00
اپريل|2913
اپریل|1B13 2593 2603 3053
اکتوبر|2599 2609 3059
اکتو\u{657}بر|1B19
اګست|2607
اگست|1B17 2597 3057
اڱارو|2902
بدھ|3043
برؠسوار|1B04 1B24
بهمن|10F1
بودوار|1B03 1B23
ب\u{64F}دھ|2583
بٹوار|1B06 1B26
بۆموار|1B02 1B22
بەفرانبار|C90
تشرين الأول|659
تشرين الثاني|65A
تشرینی دووەم|C7A
تشرینی یەکەم|C79
تله|25F9
تموز|656
تیر|10F6
تەمووز|C76
ثور|1114
ج.|30A5
جانفي|640
جانڤیە|1E20
جدی|1110
جمادى الآخرة|68B
جمادى الأولى|68A
جمعرات|2584 3044
جمعه|1105 25E5
جمعو|2905
جمعہ|2585 3045
جنؤری|1B10
جنوري|2600 2910
جنوری|2590 3050
جوان|645
جوزا|1115
جولاء\u{650}|2916
جولائی|2596 3056
جولای|2606
جون|2595 2605 2915 3055
جويلية|646
جو\u{657}لایی|1B16
جو\u{657}ن|1B15
جو\u{659}أن|1E25
جو\u{659}لا|1E26
ج\u{64F}مہ|1B05 1B25
جۆزەردان|C95
جۈ|3035
جۈمە|3025
حزيران|655
حمل|1113
حوت|1112
حوزەیران|C75
خاکەلێوە|C93
خرداد|10F5
خميس|2904
خەرمانان|C98
د.|30A1
دئسامر|1E2B
دجمبر|67B
دجنبر|66B
درېنۍ|25E2
دسمبر|1B1B 259B 260B 305B
دلو|1111
دوشنبه|1101
دونۍ|25E1
دووشەممە|C81
ديسمبر|63B 64B
دۈ|3031
دۈشەنبە|3021
دی|10F0
دېكابىر|301B
ذو الحجة|685
ذو القعدة|684
ربيع الآخر|689
ربيع الأول|688
رجب|680
رمضان|682
زمری|25F7
س.|30A2
سئپتامر|1E28
سبتمبر|638 648
ستمبر|1B18 2598 3058
سرطان|1116
سلواغه|25F1
سنبله\u{654}|1118
سه\u{200C}شنبه|1102
سومر|2901
سيپٽمبر|2918
سێشەممە|C82
سېنتەبىر|3018
سېپتمبر|2608
سە|3032
سەرماوەز|C9B
سەيشەنبە|3022
ش.|30A6
شباط|651
شتمبر|678
شتنبر|668
شعبان|681
شنبه|1106
شهریور|10F8
شوال|683
شوبات|C71
شە|3036
شەممە|C86
شەنبە|3026
صفر|687
عقرب|111A
غبرگولی|25F5
غشت|667
غویی|25F4
فئڤریە|1E21
فبراير|631 661 671
فبروري|2601
فرؤری|1B11
فروردین|10F3
فروری|2591 3051
فيبروري|2911
فيفري|641
فېۋرال|3011
قوس|111B
كانون الأول|65B
كانون الثاني|650
لړم|25FA
لیندۍ|25FB
مئ|2594
مئي|2914
مئی|1B14 1E24 3054
مارت|3012
مارس|632 642 662 672 1E22
مار\u{655}چ|1B12
مارچ|2592 2602 2912 3052
ماي|644 664 3014
مايو|634 674
محرم|686
مرداد|10F7
مرغومی|25F0
منگل|2582 3042
مهر|10F9
میزان|1119
مۍ|2604
نوفمبر|63A 64A 67A
نومبر|1B1A 259A 260A 291A 305A
نونبر|66A
نويابىر|301A
نوڤامر|1E2A
نيسان|653
نیسان|C73
وری|25F3
وږی|25F8
يانۋار|3010
يناير|630 660 670
يوليو|636 676
يوليوز|666
يونيو|635 665 675
يونۍ|25E0
يە|3030
يەكشەنبە|3020
پ.|30A4
پنجشنبه|1104
پووشپەڕ|C96
پينځنۍ|25E4
پیر|2581 3041
پێنجشەممە|C84
پە|3034
پەيشەنبە|3024
څلرنۍ|25E3
چ.|30A3
چا|3033
چارشەنبە|3023
چنگاښ|25F6
چهارشنبه|1103
چوارشەممە|C83
ڇنڇر|2906
ڊسمبر|291B
ڕێبەندان|C91
ڕەزبەر|C99
ڕەشەمە|C92
ژ\u{654}ندر\u{655}روار|1B01
ژ\u{654}ند\u{655}روار|1B21
کانونی یەکەم|C7B
کانوونی دووەم|C70
کب|25F2
گوڵان|C94
گەلاوێژ|C97
گەڵاڕێزان|C9A
ھەینی|C85
ہفتہ|2586 3046
ی.|30A0
یکشنبه|1100
یەکشەممە|C80
अकत\u{941}म\u{94D}बर|1B49
अक\u{94D}ट\u{942}बर|8E9 909
अक\u{94D}टोबर|2399
अक\u{94D}ट\u{2019}|A59
अक\u{94D}ट\u{2019}बर|A39
अक\u{94D}त\u{942}.|DE9
अक\u{94D}त\u{942}बर|DD9 1519 1F69
अक\u{94D}त\u{942}बर:|27B9
अक\u{94D}त\u{942}बरमासः|27A9
अक\u{94D}त\u{942}\u{970}|1529
अग|2947
अग.|DE7
अगस\u{94D}ट|2397 2937
अगस\u{94D}त|8E7 907 DD7 1517 1B47 1F67
अगस\u{94D}त:|27B7
अगस\u{94D}तमासः|27A7
अग\u{970}|1527
अप\u{94D}रिल|2393
अप\u{94D}र\u{948}|2943
अप\u{94D}र\u{948}ल|8E3 903 DD3 DE3 1513 1523 1B43 1F63 2933
अप\u{94D}र\u{948}ल:|27B3
अप\u{94D}र\u{948}लमासः|27A3
आइत|23B0
आइतबार|23A0
आग|A57
आगष\u{94D}ट|A37
आथवार|1B30
आयतार|1AE0
आर\u{94D}त|2950
आर\u{94D}तवार|2920
एप\u{94D}रि|A53 2213
एप\u{94D}रिल|A33 2203
एप\u{94D}रील|1AF3
ऐत|DF0
ऐतबार|DC0
ऐतवार|8F0
ऑक\u{94D}टो|2219 2949
ऑक\u{94D}टोबर|1AF9 2209
ऑग|2217
ऑगस\u{94D}ट|1AF7 2207
ओक\u{94D}टोबर|2939
ग\u{941}र\u{941}|1534 2224
ग\u{941}र\u{941}वार|1504 21F4
ग\u{941}र\u{941}वासर:|2794
च\u{902}दिरवार|1B31
छ\u{902}छ|2956
छ\u{902}छर|2926
जन|2940
जन.|DE0
जनवरी|8E0 900 DD0 1510 1B40 1F60 2390 2930
जनवरी:|27B0
जनवरीमासः|27A0
जन\u{970}|1520
जान|A50
जान\u{941}वारी|A30
जान\u{947}|2210
जान\u{947}वारी|1AF0 2200
ज\u{941}|2946
ज\u{941}न|A35 A55 2395
ज\u{941}म|2955
ज\u{941}मो|2925
ज\u{941}म\u{94D}मा|1B35
ज\u{941}ल|A56
ज\u{941}लय|1AF6
ज\u{941}लाई|8E6 906 A36 DD6 DE6 1516 1B46 1F66 2396 2936
ज\u{941}लाई:|27B6
ज\u{941}लाईमासः|27A6
ज\u{941}ल\u{948}|2206 2216
ज\u{941}ल\u{970}|1526
ज\u{942}न|8E5 905 DD5 DE5 1515 1525 1AF5 1B45 1F65 2205 2215 2935 2945
ज\u{942}न:|27B5
ज\u{942}नमासः|27A5
डिस\u{902}|294B
डिस\u{902}बर|293B
डिस\u{947}|A5B
डिस\u{947}\u{902}|221B
डिस\u{947}\u{902}बर|1AFB 220B
डिस\u{947}म\u{94D}बर|A3B 239B
दस\u{942}मबर|1B4B
दिस.|DEB
दिस\u{902}बर|8EB 90B DDB 151B 1F6B
दिस\u{902}बर:|27BB
दिस\u{902}बरमासः|27AB
दिस\u{970}|152B
नव.|DEA
नव\u{902}|294A
नव\u{902}बर|90A DDA 151A 1F6A 293A
नव\u{902}बर:|27BA
नव\u{902}बरमासः|27AA
नवम\u{94D}बर|8EA
नव\u{942}मबर|1B4A
नव\u{947}|A5A
नव\u{947}म\u{94D}बर|A3A
नव\u{970}|152A
नोभ\u{947}म\u{94D}बर|239A
नोव\u{94D}ह\u{947}\u{902}|221A
नोव\u{94D}ह\u{947}\u{902}बर|1AFA 220A
फर|2941
फर.|DE1
फरवरी|8E1 901 DD1 1F61 2931
फरवरी:|27B1
फरवरीमासः|27A1
फ\u{93C}रवरी|1511 1B41
फ\u{93C}र\u{970}|1521
फ\u{947}ब|A51
फ\u{947}ब\u{94D}र\u{941}|2211
फ\u{947}ब\u{94D}र\u{941}अरी|2391
फ\u{947}ब\u{94D}र\u{941}वारी|1AF1 2201
फ\u{947}ब\u{94D}र\u{942}वारी|A31
बटवार|1B36
बिर\u{947}स\u{94D}तार|1AE4
बिस\u{94D}थि|A64
बिस\u{94D}थिबार|A44
बिहि|23B4
बिहिबार|23A4
बीर|DF4
बीरबार|DC4
ब\u{941}ध|A63 DF3 1533 2223 23B3
ब\u{941}ध दिन|1F53
ब\u{941}धबार|913 A43 DC3 23A3
ब\u{941}धवार|8F3 1503 1AE3 21F3
ब\u{941}धवासरः|2793
ब\u{941}वार|1B32
ब\u{941}\u{952}ध|2953
ब\u{941}\u{952}धर|2923
ब\u{943}हस\u{94D}पतवार|8F4
ब\u{943}हस\u{94D}पति दिन|1F54
ब\u{943}हस\u{94D}पतिबार|914
बोदवार|1B33
ब\u{94D}र\u{947}सवार|1B34
म\u{902}ग|2952
म\u{902}गल|A62 DF2 1532
म\u{902}गल दिन|1F52
म\u{902}गलबार|912 A42 DC2
म\u{902}गलवार|8F2 1502
म\u{902}गलवासरः|2792
म\u{902}गल\u{941}|2922
म\u{902}गळ|2222
म\u{902}गळवार|21F2
म\u{902}गळार|1AE2
मई|8E4 904 1514 1524 1F64 27B4 2934 2944
मईमासः|27A4
मङ\u{94D}गल|23B2
मङ\u{94D}गलबार|23A2
मार\u{94D}च|8E2 902 A32 A52 DD2 DE2 1512 1522 1AF2 1B42 1F62 2202 2212 2392 2942
मार\u{94D}च:|27B2
मार\u{94D}चमासः|27A2
मार\u{94D}च\u{941}|2932
म\u{947}|A34 A54 1AF4 1B44 2204 2214 2394
म\u{947}ई|DD4 DE4
रबि|A60
रबिबार|A40
रबीबार|910
रवि|1530 2220
रवि दिन|1F50
रविवार|1500 21F0
रविवासरः|2790
विस|2954
विस\u{94D}पत|2924
शनि|DF6 1536 2226 23B6
शनि दिन|1F56
शनिबार|DC6 23A6
शनिवार|8F6 1506 21F6
शनिवासरः|2796
श\u{941}क\u{94D}र|DF5 1535 2225 23B5
श\u{941}क\u{94D}र दिन|1F55
श\u{941}क\u{94D}रबार|915 DC5 23A5
श\u{941}क\u{94D}रवार|8F5 1505 21F5
श\u{941}क\u{94D}रवासरः|2795
श\u{941}क\u{94D}रार|1AE5
श\u{947}नवार|1AE6
सत\u{941}\u{902}बर|1B48
सनि|A66
सनिबार|A46
सनीचर|916
सप\u{94D}ट\u{947}|2948
सप\u{94D}ट\u{947}\u{902}|2218
सप\u{94D}ट\u{947}\u{902}बर|1AF8 2208 2938
सम|A61
समबार|A41
सित.|DE8
सित\u{902}बर|DD8 1518 1F68
सित\u{902}बर:|27B8
सित\u{902}बरमासः|27A8
सितम\u{94D}बर|8E8 908
सित\u{970}|1528
स\u{941}ख\u{941}र|A65
स\u{941}ख\u{941}रबार|A45
स\u{942}|2951
स\u{942}मर|2921
स\u{947}प|A58
स\u{947}प\u{94D}ट\u{947}म\u{94D}बर|2398
स\u{947}प\u{94D}थ\u{947}म\u{94D}बर|A38
सोम|DF1 1531 2221 23B1
सोम दिन|1F51
सोमबार|911 DC1 23A1
सोमवार|8F1 1501 21F1
सोमवासरः|2791
सोमार|1AE1
অক\u{9CD}টো|6B9 989
অক\u{9CD}টোঃ|9A9
অক\u{9CD}টোবর|979
অক\u{9CD}টোবৰ|6A9
আগ|6B7 987 9A7
আগষ\u{9CD}ট|6A7
আগস\u{9CD}ট|977 21D7
ইরাই|21E5
এপ\u{9CD}রি|983 9A3
এপ\u{9CD}রিল|973 21D3
এপ\u{9CD}ৰিল|6A3 6B3
ওক\u{9CD}টোবর|21D9
ছেপ\u{9CD}তে|6B8
ছেপ\u{9CD}তেম\u{9CD}বৰ|6A8
জান\u{9C1}|6B0 980 9A0
জান\u{9C1}য\u{9BC}ারী|970
জান\u{9C1}ৱারি|21D0
জান\u{9C1}ৱাৰী|6A0
জ\u{9C1}ন|6A5 6B5 975 985 9A5 21D5
জ\u{9C1}ল|986 9A6
জ\u{9C1}লাই|6A6 6B6 976 21D6
ডিচে|6BB
ডিচেম\u{9CD}বৰ|6AB
ডিসে|98B
ডিসেঃ|9AB
ডিসেম\u{9CD}বর|97B 21DB
থাংজ|21E6
দেও|6C0
দেওবাৰ|690
নভে|98A
নভেঃ|9AA
নভেম\u{9CD}বর|97A 21DA
নিংথৌকাবা|21E1
নোংমাইজিং|21E0
নৱে|6BA
নৱেম\u{9CD}বৰ|6AA
ফেব|981 9A1
ফেব\u{9CD}র\u{9C1}য\u{9BC}ারী|971
ফেব\u{9CD}র\u{9C1}ৱারি|21D1
ফেব\u{9CD}ৰ\u{9C1}|6B1
ফেব\u{9CD}ৰ\u{9C1}ৱাৰী|6A1
ব\u{9C1}ধ|6C3 993
ব\u{9C1}ধবার|963
ব\u{9C1}ধবাৰ|693
ব\u{9C3}হ|6C4
ব\u{9C3}হস\u{9CD}পতি|994
ব\u{9C3}হস\u{9CD}পতিবার|964
ব\u{9C3}হস\u{9CD}পতিবাৰ|694
মঙ\u{9CD}গল|6C2 992
মঙ\u{9CD}গলবার|962
মঙ\u{9CD}গলবাৰ|692
মার\u{9CD}চ|972 982 9A2 21D2
মাৰ\u{9CD}চ|6A2 6B2
মে|974 984 9A4 21D4
মে\u{2019}|6A4 6B4
য\u{9BC}\u{9C1}মশকৈশা|21E3
রবি|990
রবিবার|960
লৈবাকপোকপা|21E2
শগোলশেন|21E4
শনি|6C6 996
শনিবার|966
শনিবাৰ|696
শ\u{9C1}ক\u{9CD}র|995
শ\u{9C1}ক\u{9CD}রবার|965
শ\u{9C1}ক\u{9CD}ৰ|6C5
শ\u{9C1}ক\u{9CD}ৰবাৰ|695
সেপ|988
সেপ\u{9CD}টেঃ|9A8
সেপ\u{9CD}টেম\u{9CD}বর|978 21D8
সোম|6C1 991
সোমবার|961
সোমবাৰ|691
ਅਕਤ\u{A42}|2569
ਅਕਤ\u{A42}ਬਰ|2559
ਅਗ|2567
ਅਗਸਤ|2557
ਅਪ\u{A4D}ਰ\u{A48}|2563
ਅਪ\u{A4D}ਰ\u{A48}ਲ|2553
ਐਤ|2570
ਐਤਵਾਰ|2540
ਜਨ|2560
ਜਨਵਰੀ|2550
ਜ\u{A41}ਲਾ|2566
ਜ\u{A41}ਲਾਈ|2556
ਜ\u{A42}ਨ|2555 2565
ਦਸ\u{A70}|256B
ਦਸ\u{A70}ਬਰ|255B
ਨਵ\u{A70}|256A
ਨਵ\u{A70}ਬਰ|255A
ਫ\u{A3C}ਰ|2561
ਫ\u{A3C}ਰਵਰੀ|2551
ਬ\u{A41}\u{A71}ਧ|2573
ਬ\u{A41}\u{A71}ਧਵਾਰ|2543
ਮਈ|2554 2564
ਮਾਰਚ|2552 2562
ਮ\u{A70}ਗਲ|2572
ਮ\u{A70}ਗਲਵਾਰ|2542
ਵੀਰ|2574
ਵੀਰਵਾਰ|2544
ਸਤ\u{A70}|2568
ਸਤ\u{A70}ਬਰ|2558
ਸ\u{A3C}ਨਿ\u{A71}ਚਰ|2576
ਸ\u{A3C}ਨਿ\u{A71}ਚਰਵਾਰ|2546
ਸ\u{A3C}\u{A41}\u{A71}ਕਰ|2575
ਸ\u{A3C}\u{A41}\u{A71}ਕਰਵਾਰ|2545
ਸ\u{A4B}ਮ|2571
ਸ\u{A4B}ਮਵਾਰ|2541
એપ\u{ACD}રિલ|1393 13A3
ઑક\u{ACD}ટો|13A9
ઑક\u{ACD}ટોબર|1399
ઑગસ\u{ACD}ટ|1397 13A7
ગ\u{AC1}ર\u{AC1}|13B4
ગ\u{AC1}ર\u{AC1}વાર|1384
જાન\u{ACD}ય\u{AC1}|13A0
જાન\u{ACD}ય\u{AC1}આરી|1390
જ\u{AC1}લાઈ|1396 13A6
જ\u{AC2}ન|1395 13A5
ડિસ\u{AC7}|13AB
ડિસ\u{AC7}મ\u{ACD}બર|139B
નવ\u{AC7}|13AA
નવ\u{AC7}મ\u{ACD}બર|139A
ફ\u{AC7}બ\u{ACD}ર\u{AC1}|13A1
ફ\u{AC7}બ\u{ACD}ર\u{AC1}આરી|1391
બ\u{AC1}ધ|13B3
બ\u{AC1}ધવાર|1383
મ\u{A82}ગળ|13B2
મ\u{A82}ગળવાર|1382
માર\u{ACD}ચ|1392 13A2
મ\u{AC7}|1394 13A4
રવિ|13B0
રવિવાર|1380
શનિ|13B6
શનિવાર|1386
શ\u{AC1}ક\u{ACD}ર|13B5
શ\u{AC1}ક\u{ACD}રવાર|1385
સપ\u{ACD}ટ\u{AC7}|13A8
સપ\u{ACD}ટ\u{AC7}મ\u{ACD}બર|1398
સોમ|13B1
સોમવાર|1381
ଅକ\u{B4D}ଟୋବର|24E9
ଅଗଷ\u{B4D}ଟ|24E7
ଅପ\u{B4D}ରେଲ|24E3
ଗ\u{B41}ର\u{B41}|24F4
ଗ\u{B41}ର\u{B41}ବାର|24D4
ଜାନ\u{B41}ଆରୀ|24E0
ଜ\u{B41}ନ|24E5
ଜ\u{B41}ଲାଇ|24E6
ଡ\u{B3F}ସେମ\u{B4D}ବର|24EB
ନଭେମ\u{B4D}ବର|24EA
ଫେବ\u{B43}ଆରୀ|24E1
ବ\u{B41}ଧ|24F3
ବ\u{B41}ଧବାର|24D3
ମଇ|24E4
ମଙ\u{B4D}ଗଳ|24F2
ମଙ\u{B4D}ଗଳବାର|24D2
ମାର\u{B4D}ଚ\u{B4D}ଚ|24E2
ରବ\u{B3F}|24F0
ରବ\u{B3F}ବାର|24D0
ଶନ\u{B3F}|24F6
ଶନ\u{B3F}ବାର|24D6
ଶ\u{B41}କ\u{B4D}ର|24F5
ଶ\u{B41}କ\u{B4D}ରବାର|24D5
ସେପ\u{B4D}ଟେମ\u{B4D}ବର|24E8
ସୋମ|24F1
ସୋମବାର|24D1
அக\u{BCD}.|2DB9
அக\u{BCD}டோபர\u{BCD}|2DA9
ஆக.|2DB7
ஆகஸ\u{BCD}ட\u{BCD}|2DA7
ஏப\u{BCD}.|2DB3
ஏப\u{BCD}ரல\u{BCD}|2DA3
சனி|2D96 2DC6
செப\u{BCD}.|2DB8
செப\u{BCD}டம\u{BCD}பர\u{BCD}|2DA8
செவ\u{BCD}.|2DC2
செவ\u{BCD}வாய\u{BCD}|2D92
ஜன.|2DB0
ஜனவரி|2DA0
ஜூன\u{BCD}|2DA5 2DB5
ஜூலை|2DA6 2DB6
ஞாயி.|2DC0
ஞாயிறு|2D90
டிச.|2DBB
டிசம\u{BCD}பர\u{BCD}|2DAB
திங\u{BCD}.|2DC1
திங\u{BCD}கள\u{BCD}|2D91
நவ.|2DBA
நவம\u{BCD}பர\u{BCD}|2DAA
பிப\u{BCD}.|2DB1
பிப\u{BCD}ரவரி|2DA1
புத.|2DC3
புதன\u{BCD}|2D93
மார\u{BCD}.|2DB2
மார\u{BCD}ச\u{BCD}|2DA2
மே|2DA4 2DB4
வியா.|2DC4
வியாழன\u{BCD}|2D94
வெள\u{BCD}.|2DC5
வெள\u{BCD}ளி|2D95
అక\u{C4D}ట\u{C4B}|2DF9
అక\u{C4D}ట\u{C4B}బర\u{C4D}|2DD9
ఆగ|2DF7
ఆగస\u{C4D}టు|2DD7
ఆద\u{C3F}|2E00
ఆద\u{C3F}వ\u{C3E}రం|2DE0
ఏప\u{C4D}ర\u{C3F}|2DF3
ఏప\u{C4D}ర\u{C3F}ల\u{C4D}|2DD3
గురు|2E04
గురువ\u{C3E}రం|2DE4
జన|2DF0
జనవర\u{C3F}|2DD0
జుల\u{C48}|2DD6 2DF6
జూన\u{C4D}|2DD5 2DF5
డ\u{C3F}స\u{C46}ం|2DFB
డ\u{C3F}స\u{C46}ంబర\u{C4D}|2DDB
నవం|2DFA
నవంబర\u{C4D}|2DDA
ఫ\u{C3F}బ\u{C4D}ర|2DF1
ఫ\u{C3F}బ\u{C4D}రవర\u{C3F}|2DD1
బుధ|2E03
బుధవ\u{C3E}రం|2DE3
మంగళ|2E02
మంగళవ\u{C3E}రం|2DE2
మ\u{C3E}ర\u{C4D}చ\u{C3F}|2DD2 2DF2
మ\u{C47}|2DD4 2DF4
శన\u{C3F}|2E06
శన\u{C3F}వ\u{C3E}రం|2DE6
శుక\u{C4D}ర|2E05
శుక\u{C4D}రవ\u{C3E}రం|2DE5
స\u{C46}ప\u{C4D}ట\u{C46}ం|2DF8
స\u{C46}ప\u{C4D}ట\u{C46}ంబర\u{C4D}|2DD8
స\u{C4B}మ|2E01
స\u{C4B}మవ\u{C3E}రం|2DE1
ಅಕ\u{CCD}ಟೋ|1AC9
ಅಕ\u{CCD}ಟೋಬರ\u{CCD}|1AB9
ಆಗಸ\u{CCD}ಟ\u{CCD}|1AB7 1AC7
ಏಪ\u{CCD}ರ\u{CBF}|1AC3
ಏಪ\u{CCD}ರ\u{CBF}ಲ\u{CCD}|1AB3
ಗುರು|1AD4
ಗುರುವಾರ|1AA4
ಜನವರ\u{CBF}|1AB0 1AC0
ಜುಲೈ|1AB6 1AC6
ಜೂನ\u{CCD}|1AB5 1AC5
ಡ\u{CBF}ಸ\u{CC6}ಂ|1ACB
ಡ\u{CBF}ಸ\u{CC6}ಂಬರ\u{CCD}|1ABB
ನವ\u{CC6}ಂ|1ACA
ನವ\u{CC6}ಂಬರ\u{CCD}|1ABA
ಫ\u{CC6}ಬ\u{CCD}ರವರ\u{CBF}|1AB1 1AC1
ಬುಧ|1AD3
ಬುಧವಾರ|1AA3
ಭಾನು|1AD0
ಭಾನುವಾರ|1AA0
ಮಂಗಳ|1AD2
ಮಂಗಳವಾರ|1AA2
ಮಾರ\u{CCD}ಚ\u{CCD}|1AB2 1AC2
ಮೇ|1AB4 1AC4
ಶನ\u{CBF}|1AD6
ಶನ\u{CBF}ವಾರ|1AA6
ಶುಕ\u{CCD}ರ|1AD5
ಶುಕ\u{CCD}ರವಾರ|1AA5
ಸ\u{CC6}ಪ\u{CCD}ಟ\u{CC6}ಂ|1AC8
ಸ\u{CC6}ಪ\u{CCD}ಟ\u{CC6}ಂಬರ\u{CCD}|1AB8
ಸೋಮ|1AD1
ಸೋಮವಾರ|1AA1
ഏപ\u{D4D}രി|2173
ഏപ\u{D4D}രിൽ|2153
ഒക\u{D4D}ടോ|2179
ഒക\u{D4D}\u{200C}ടോബർ|2159
ഓഗ|2177
ഓഗസ\u{D4D}റ\u{D4D}റ\u{D4D}|2157
ചൊവ\u{D4D}വ|2182
ചൊവ\u{D4D}വാഴ\u{D4D}ച|2162
ജന\u{D41}|2170
ജന\u{D41}വരി|2150
ജ\u{D42}ലൈ|2156 2176
ജ\u{D42}ൺ|2155 2175
ഞായറാഴ\u{D4D}\u{200C}ച|2160
ഞായർ|2180
ഡിസം|217B
ഡിസംബർ|215B
തിങ\u{D4D}കളാഴ\u{D4D}\u{200C}ച|2161
തിങ\u{D4D}കൾ|2181
നവം|217A
നവംബർ|215A
ഫെബ\u{D4D}ര\u{D41}|2171
ഫെബ\u{D4D}ര\u{D41}വരി|2151
ബ\u{D41}ധനാഴ\u{D4D}\u{200C}ച|2163
ബ\u{D41}ധൻ|2183
മാർ|2172
മാർച\u{D4D}ച\u{D4D}|2152
മേയ\u{D4D}|2154 2174
വെള\u{D4D}ളി|2185
വെള\u{D4D}ളിയാഴ\u{D4D}\u{200C}ച|2165
വ\u{D4D}യാഴം|2184
വ\u{D4D}യാഴാഴ\u{D4D}\u{200C}ച|2164
ശനി|2186
ശനിയാഴ\u{D4D}\u{200C}ച|2166
സെപ\u{D4D}റ\u{D4D}റം|2178
സെപ\u{D4D}റ\u{D4D}റംബർ|2158
අගෝ|2B07
අගෝස\u{DCA}ත\u{DD4}|2AE7
අඟහ|2B12
අඟහර\u{DD4}වාදා|2AF2
අප\u{DCA}\u{200D}රේල\u{DCA}|2AE3 2B03
ඉර\u{DD2}දා|2AF0 2B10
ඔක\u{DCA}|2B09
ඔක\u{DCA}තෝබර\u{DCA}|2AE9
ජන|2B00
ජනවාර\u{DD2}|2AE0
ජ\u{DD6}න\u{DD2}|2AE5 2B05
ජ\u{DD6}ල\u{DD2}|2AE6 2B06
දෙසැ|2B0B
දෙසැම\u{DCA}බර\u{DCA}|2AEB
නොවැ|2B0A
නොවැම\u{DCA}බර\u{DCA}|2AEA
පෙබ|2B01
පෙබරවාර\u{DD2}|2AE1
බදාදා|2AF3 2B13
බ\u{DCA}\u{200D}රහස\u{DCA}|2B14
බ\u{DCA}\u{200D}රහස\u{DCA}පත\u{DD2}න\u{DCA}දා|2AF4
මාර\u{DCA}ත\u{DD4}|2AE2 2B02
මැය\u{DD2}|2AE4 2B04
සඳ\u{DD4}දා|2AF1 2B11
සැප\u{DCA}|2B08
සැප\u{DCA}තැම\u{DCA}බර\u{DCA}|2AE8
ස\u{DD2}ක\u{DD4}|2B15
ස\u{DD2}ක\u{DD4}රාදා|2AF5
සෙන|2B16
සෙනස\u{DD4}රාදා|2AF6
ก.ค.|2EB6
ก.พ.|2EB1
ก.ย.|2EB8
กรกฎาคม|2EA6
ก\u{E31}นยายน|2EA8
ก\u{E38}มภาพ\u{E31}นธ\u{E4C}|2EA1
จ.|2EC1
ต.ค.|2EB9
ต\u{E38}ลาคม|2EA9
ธ.ค.|2EBB
ธ\u{E31}นวาคม|2EAB
พ.|2EC3
พ.ค.|2EB4
พ.ย.|2EBA
พฤ.|2EC4
พฤศจ\u{E34}กายน|2EAA
พฤษภาคม|2EA4
ม.ค.|2EB0
มกราคม|2EA0
ม\u{E34}.ย.|2EB5
ม\u{E34}ถ\u{E38}นายน|2EA5
ม\u{E35}.ค.|2EB2
ม\u{E35}นาคม|2EA2
ว\u{E31}นจ\u{E31}นทร\u{E4C}|2E91
ว\u{E31}นพฤห\u{E31}สบด\u{E35}|2E94
ว\u{E31}นพ\u{E38}ธ|2E93
ว\u{E31}นศ\u{E38}กร\u{E4C}|2E95
ว\u{E31}นอ\u{E31}งคาร|2E92
ว\u{E31}นอาท\u{E34}ตย\u{E4C}|2E90
ว\u{E31}นเสาร\u{E4C}|2E96
ศ.|2EC5
ส.|2EC6
ส.ค.|2EB7
ส\u{E34}งหาคม|2EA7
อ.|2EC2
อา.|2EC0
เม.ย.|2EB3
เมษายน|2EA3
ກ.ຍ.|1DF8
ກ.ພ.|1DF1
ກ.ລ.|1DF6
ກ\u{EB1}ນຍາ|1DE8
ກ\u{EB8}ມພາ|1DE1
ກ\u{ECD}ລະກ\u{EBB}ດ|1DE6
ຈ\u{EB1}ນ|1E01
ຕ.ລ.|1DF9
ຕ\u{EB8}ລາ|1DE9
ທ.ວ.|1DFB
ທ\u{EB1}ນວາ|1DEB
ພ.ຈ.|1DFA
ພ.ພ.|1DF4
ພະຈ\u{EB4}ກ|1DEA
ພະຫ\u{EB1}ດ|1E04
ພ\u{EB6}ດສະພາ|1DE4
ພ\u{EB8}ດ|1E03
ມ.ກ.|1DF0
ມ.ນ.|1DF2
ມ.ສ.|1DF3
ມ\u{EB1}ງກອນ|1DE0
ມ\u{EB4}.ຖ.|1DF5
ມ\u{EB4}ຖ\u{EB8}ນາ|1DE5
ມ\u{EB5}ນາ|1DE2
ວ\u{EB1}ນຈ\u{EB1}ນ|1DD1
ວ\u{EB1}ນພະຫ\u{EB1}ດ|1DD4
ວ\u{EB1}ນພ\u{EB8}ດ|1DD3
ວ\u{EB1}ນສ\u{EB8}ກ|1DD5
ວ\u{EB1}ນອ\u{EB1}ງຄານ|1DD2
ວ\u{EB1}ນອາທ\u{EB4}ດ|1DD0
ວ\u{EB1}ນເສ\u{EBB}າ|1DD6
ສ.ຫ.|1DF7
ສ\u{EB4}ງຫາ|1DE7
ສ\u{EB8}ກ|1E05
ອ\u{EB1}ງຄານ|1E02
ອາທ\u{EB4}ດ|1E00
ເມສາ|1DE3
ເສ\u{EBB}າ|1E06
\u{F21}|EE0
\u{F21}\u{F20}|EE9
\u{F21}\u{F21}|EEA
\u{F22}|EE1
\u{F23}|EE2
\u{F24}|EE3
\u{F25}|EE4
\u{F26}|EE5
\u{F27}|EE6
\u{F28}|EE7
\u{F29}|EE8
གཟའ\u{F0B}ཉ\u{F72}\u{F0B}མ\u{F0B}|9C0 EC6
གཟའ\u{F0B}པ\u{F0B}སངས\u{F0B}|9C5 EC4
གཟའ\u{F0B}ཕ\u{F74}ར\u{F0B}བ\u{F74}\u{F0B}|9C4 EC3
གཟའ\u{F0B}མ\u{F72}ག\u{F0B}དམར\u{F0B}|9C2 EC1
གཟའ\u{F0B}ཟ\u{FB3}\u{F0B}བ\u{F0B}|9C1 EC0
གཟའ\u{F0B}ལ\u{FB7}ག\u{F0B}པ\u{F0B}|9C3 EC2
གཟའ\u{F0B}ས\u{FA4}\u{F7A}ན\u{F0B}པ\u{F0B}|9C6 EC5
ཉ\u{F72}\u{F0B}|EF6
ཉ\u{F72}\u{F0B}མ\u{F0B}|9E0
པ\u{F0B}སངས\u{F0B}|9E5
ཕ\u{F74}ར\u{F0B}|EF3
ཕ\u{F74}ར\u{F0B}བ\u{F74}\u{F0B}|9E4
མ\u{F72}ག\u{F0B}དམར\u{F0B}|9E2
མ\u{F72}ར\u{F0B}|EF1
ཟ\u{FB3}\u{F0B}|EF0
ཟ\u{FB3}\u{F0B}\u{F21}|9D0
ཟ\u{FB3}\u{F0B}\u{F21}\u{F20}|9D9
ཟ\u{FB3}\u{F0B}\u{F21}\u{F21}|9DA
ཟ\u{FB3}\u{F0B}\u{F21}\u{F22}|9DB
ཟ\u{FB3}\u{F0B}\u{F22}|9D1
ཟ\u{FB3}\u{F0B}\u{F23}|9D2
ཟ\u{FB3}\u{F0B}\u{F24}|9D3
ཟ\u{FB3}\u{F0B}\u{F25}|9D4
ཟ\u{FB3}\u{F0B}\u{F26}|9D5
ཟ\u{FB3}\u{F0B}\u{F27}|9D6
ཟ\u{FB3}\u{F0B}\u{F28}|9D7
ཟ\u{FB3}\u{F0B}\u{F29}|9D8
ཟ\u{FB3}\u{F0B}གཉ\u{F72}ས\u{F0B}པ\u{F0B}|ED1
ཟ\u{FB3}\u{F0B}གས\u{F74}མ\u{F0B}པ\u{F0B}|ED2
ཟ\u{FB3}\u{F0B}དག\u{F74}\u{F0B}པ\u{F0B}|ED8
ཟ\u{FB3}\u{F0B}དངཔ\u{F0B}|ED0
ཟ\u{FB3}\u{F0B}ད\u{FB2}\u{F74}ག\u{F0B}པ|ED5
ཟ\u{FB3}\u{F0B}བ\u{F0B}|9E1
ཟ\u{FB3}\u{F0B}བ\u{F0B}གཉ\u{F72}ས\u{F0B}པ|9B1
ཟ\u{FB3}\u{F0B}བ\u{F0B}གས\u{F74}མ\u{F0B}པ|9B2
ཟ\u{FB3}\u{F0B}བ\u{F0B}དག\u{F74}\u{F0B}པ|9B8
ཟ\u{FB3}\u{F0B}བ\u{F0B}དང\u{F0B}པ\u{F7C}|9B0
ཟ\u{FB3}\u{F0B}བ\u{F0B}ད\u{FB2}\u{F74}ག\u{F0B}པ|9B5
ཟ\u{FB3}\u{F0B}བ\u{F0B}བཅ\u{F74}\u{F0B}གཅ\u{F72}ག\u{F0B}པ|9BA
ཟ\u{FB3}\u{F0B}བ\u{F0B}བཅ\u{F74}\u{F0B}གཉ\u{F72}ས\u{F0B}པ|9BB
ཟ\u{FB3}\u{F0B}བ\u{F0B}བཅ\u{F74}\u{F0B}པ|9B9
ཟ\u{FB3}\u{F0B}བ\u{F0B}བད\u{F74}ན\u{F0B}པ|9B6
ཟ\u{FB3}\u{F0B}བ\u{F0B}བཞ\u{F72}\u{F0B}པ|9B3
ཟ\u{FB3}\u{F0B}བ\u{F0B}བར\u{F92}\u{FB1}ད\u{F0B}པ|9B7
ཟ\u{FB3}\u{F0B}བ\u{F0B}ལ\u{F94}\u{F0B}པ|9B4
ཟ\u{FB3}\u{F0B}བཅ\u{F74}\u{F0B}གཅ\u{F72}ག\u{F0B}པ\u{F0B}|EDA
ཟ\u{FB3}\u{F0B}བཅ\u{F74}\u{F0B}གཉ\u{F72}ས\u{F0B}པ\u{F0B}|EDB
ཟ\u{FB3}\u{F0B}བཅ\u{F74}\u{F0B}པ\u{F0B}|ED9
ཟ\u{FB3}\u{F0B}བད\u{F74}ན\u{F0B}པ\u{F0B}|ED6
ཟ\u{FB3}\u{F0B}བཞ\u{F72}\u{F0B}པ\u{F0B}|ED3
ཟ\u{FB3}\u{F0B}བར\u{F92}\u{FB1}ད\u{F0B}པ\u{F0B}|ED7
ཟ\u{FB3}\u{F0B}ལ\u{F94}\u{F0B}པ\u{F0B}|ED4
ལ\u{FB7}ག\u{F0B}|EF2
ལ\u{FB7}ག\u{F0B}པ\u{F0B}|9E3
སངས\u{F0B}|EF4
ས\u{FA4}\u{F7A}ན\u{F0B}|EF5
ས\u{FA4}\u{F7A}ན\u{F0B}པ\u{F0B}|9E6
ကြာသပတေး|2304
စက\u{103A}|2318
စက\u{103A}တင\u{103A}ဘာ|22F8
စနေ|2306
ဇန\u{103A}|2310
ဇန\u{103A}နဝါရ\u{102E}|22F0
ဇ\u{1030}|2316
ဇ\u{1030}လ\u{102D}\u{102F}င\u{103A}|22F6
ဇ\u{103D}န\u{103A}|22F5 2315
တနင\u{103A}\u{1039}ဂန\u{103D}ေ|2300
တနင\u{103A}\u{1039}လာ|2301
ဒ\u{102E}|231B
ဒ\u{102E}ဇင\u{103A}ဘာ|22FB
န\u{102D}\u{102F}|231A
န\u{102D}\u{102F}ဝင\u{103A}ဘာ|22FA
ဖေ|2311
ဖေဖော\u{103A}ဝါရ\u{102E}|22F1
ဗ\u{102F}ဒ\u{1039}ဓဟ\u{1030}း|2303
မတ\u{103A}|22F2 2312
မေ|22F4 2314
သောကြာ|2305
အင\u{103A}\u{1039}ဂါ|2302
အောက\u{103A}|2319
အောက\u{103A}တ\u{102D}\u{102F}ဘာ|22F9
ဧ|2313
ဧပြ\u{102E}|22F3
ဩ|2317
ဩဂ\u{102F}တ\u{103A}|22F7
აგვ|17E7
აგვისტო|17D7
აპრ|17E3
აპრილი|17D3
დეკ|17EB
დეკემბერი|17DB
თებ|17E1
თებერვალი|17D1
იან|17E0
იანვარი|17D0
ივლ|17E6
ივლისი|17D6
ივნ|17E5
ივნისი|17D5
კვი|17F0
კვირა|17C0
მაი|17E4
მაისი|17D4
მარ|17E2
მარტი|17D2
ნოე|17EA
ნოემბერი|17DA
ოთხ|17F3
ოთხშაბათი|17C3
ორშ|17F1
ორშაბათი|17C1
ოქტ|17E9
ოქტომბერი|17D9
პარ|17F5
პარასკევი|17C5
სამ|17F2
სამშაბათი|17C2
სექ|17E8
სექტემბერი|17D8
შაბ|17F6
შაბათი|17C6
ხუთ|17F4
ხუთშაბათი|17C4
ለካ|2EF1
ለካቲት|2EE1
ሐሙስ|5F4 614
ሓሙ|2F04
ሓሙስ|2ED4
ሓም|2EF6
ሓምለ|2EE6
ሕዳ|2EFA
ሕዳር|2EEA
መስ|2EF8
መስከረም|2EE8
መጋ|2EF2
መጋቢት|2EE2
ሚያ|2EF3
ሚያዝያ|2EE3
ማርች|5E2 602
ማክሰ|612
ማክሰኞ|5F2
ሜይ|5E4 604
ረቡ|2F03
ረቡዕ|5F3 613 2ED3
ሰሉ|2F02
ሰሉስ|2ED2
ሰነ|2EE5 2EF5
ሰኑ|2F01
ሰኑይ|2ED1
ሰን|2F00
ሰንበት|2ED0
ሰኞ|5F1 611
ሴፕቴ|608
ሴፕቴምበር|5E8
ቀዳ|2F06
ቀዳም|2ED6
ቅዳሜ|5F6 616
ታሕ|2EFB
ታሕሳስ|2EEB
ነሓ|2EF7
ነሓሰ|2EE7
ኖቬም|60A
ኖቬምበር|5EA
ኤፕሪ|603
ኤፕሪል|5E3
እሑድ|5F0 610
ኦክቶ|609
ኦክቶበር|5E9
ኦገስ|607
ኦገስት|5E7
ዓር|2F05
ዓርቢ|2ED5
ዓርብ|5F5 615
ዲሴም|60B
ዲሴምበር|5EB
ጁላይ|5E6 606
ጁን|5E5 605
ጃንዩ|600
ጃንዩወሪ|5E0
ግን|2EF4
ግንቦት|2EE4
ጥሪ|2EE0 2EF0
ጥቅ|2EF9
ጥቅምቲ|2EE9
ፌብሩ|601
ፌብሩወሪ|5E1
ᎠᏂ|C54
ᎠᏂᏍᎬᏘ|C44
ᎠᏅ|C52
ᎠᏅᏱ|C42
ᎤᎾᏙᏓᏆᏍᎬ|C30
ᎤᎾᏙᏓᏈᏕᎾ|C36
ᎤᎾᏙᏓᏉᏅᎯ|C31
ᎤᏃ|C50
ᎤᏃᎸᏔᏅ|C40
ᎥᏍ|C5B
ᎥᏍᎩᏱ|C4B
ᎦᎶ|C57
ᎦᎶᏂ|C47
ᎧᎦ|C51
ᎧᎦᎵ|C41
ᎧᏬ|C53
ᎧᏬᏂ|C43
ᎫᏰ|C56
ᎫᏰᏉᏂ|C46
ᏅᎩᏁ|C64
ᏅᎩᏁᎢᎦ|C34
ᏅᏓ|C5A
ᏅᏓᏕᏆ|C4A
ᏆᏍᎬ|C60
ᏈᏕᎾ|C66
ᏉᏅᎯ|C61
ᏔᎵᏁ|C62
ᏔᎵᏁᎢᎦ|C32
ᏕᎭ|C55
ᏕᎭᎷᏱ|C45
ᏚᎵ|C58
ᏚᎵᏍᏗ|C48
ᏚᏂ|C59
ᏚᏂᏅᏗ|C49
ᏦᎢᏁ|C63
ᏦᎢᏁᎢᎦ|C33
ᏧᎾᎩ|C65
ᏧᎾᎩᎶᏍᏗ|C35
កក\u{17D2}កដា|1A86
កញ\u{17D2}ញា|1A88
ក\u{17BB}ម\u{17D2}ភៈ|1A81
ចន\u{17D2}ទ|1A91
ច\u{17D0}ន\u{17D2}ទ|1A71
ត\u{17BB}លា|1A89
ធ\u{17D2}ន\u{17BC}|1A8B
ព\u{17BB}ធ|1A73 1A93
ព\u{17D2}រហ|1A94
ព\u{17D2}រហស\u{17D2}បត\u{17B7}\u{17CD}|1A74
មករា|1A80
ម\u{17B7}ថ\u{17BB}នា|1A85
ម\u{17B8}នា|1A82
មេសា|1A83
វ\u{17B7}ច\u{17D2}ឆ\u{17B7}កា|1A8A
ស\u{17B8}ហា|1A87
ស\u{17BB}ក\u{17D2}រ|1A75 1A95
សៅរ\u{17CD}|1A76 1A96
អង\u{17D2}គារ|1A72 1A92
អាទ\u{17B7}ត\u{17D2}យ|1A70 1A90
ឧសភា|1A84
ᱚᱛ|2871
ᱚᱛᱮ|2841
ᱚᱠᱴ|2869
ᱚᱠᱴᱚᱵᱟᱨ|2859
ᱟᱜᱟ|2867
ᱟᱜᱟᱥᱛ|2857
ᱟᱯᱨ|2863
ᱟᱯᱨᱮᱞ|2853
ᱡᱟᱱ|2860
ᱡᱟᱱᱣᱟᱨᱤ|2850
ᱡᱟᱹ|2875
ᱡᱟᱹᱨᱩᱢ|2845
ᱡᱩᱞ|2866
ᱡᱩᱞᱟᱭ|2856
ᱡᱩᱱ|2855 2865
ᱢᱟᱨ|2862
ᱢᱟᱨᱪ|2852
ᱢᱮ|2854 2864
ᱥᱟᱹ|2873
ᱥᱟᱹᱜᱩᱱ|2843
ᱥᱟᱹᱨ|2874
ᱥᱟᱹᱨᱫᱤ|2844
ᱥᱤᱸ|2870
ᱥᱤᱸᱜᱮ|2840
ᱥᱮᱯ|2868
ᱥᱮᱯᱴᱮᱢᱵᱟᱨ|2858
ᱧᱩ|2876
ᱧᱩᱦᱩᱢ|2846
ᱫᱤᱥ|286B
ᱫᱤᱥᱟᱢᱵᱟᱨ|285B
ᱯᱷᱟ|2861
ᱯᱷᱟᱨᱣᱟᱨᱤ|2851
ᱱᱟᱣ|286A
ᱱᱟᱣᱟᱢᱵᱟᱨ|285A
ᱵᱟ|2872
ᱵᱟᱞᱮ|2842
Ṣẹ\u{301}r|3280
Ẹrẹ\u{300}n|3282
Ẹt|3295
Ẹ\u{300}bi|3284
Ọgọ|16A7 25C7
Ọgọst|25B7
Ọgọọst|1697
Ọjọ\u{301} Ajé|3271
Ọjọ\u{301} Àbámẹ\u{301}ta|3276
Ọjọ\u{301} Àìkú|3270
Ọjọ\u{301} Ìsẹ\u{301}gun|3272
Ọjọ\u{301} Ẹtì|3275
Ọjọ\u{301}b|3294
Ọjọ\u{301}bọ|3274
Ọjọ\u{301}r|3293
Ọjọ\u{301}rú|3273
Ọkt|16A9 25C9
Ọktoba|1699
Ọktóba|25B9
Ọ\u{300}pẹ|328B
Ọ\u{300}wà|3289
ⴰⴽⵕ|2A93
ⴰⴽⵕⴰⵙ|2A63 3333
ⴰⴽⵡ|2A94
ⴰⴽⵡⴰⵙ|2A64 3334
ⴰⵙⴰ|2A90
ⴰⵙⴰⵎⴰⵙ|2A60 3330
ⴰⵙⵉ|2A92
ⴰⵙⵉⴹ|2A96
ⴰⵙⵉⴹⵢⴰⵙ|2A66 3336
ⴰⵙⵉⵎ|2A95
ⴰⵙⵉⵎⵡⴰⵙ|3335
ⴰⵙⵉⵏⴰⵙ|2A62 3332
ⴰⵢⵏ|2A91
ⴰⵢⵏⴰⵙ|2A61 3331
ⴱⵕⴰ|2A81
ⴱⵕⴰⵢⵕ|2A71
ⴷⵓⵊ|2A8B
ⴷⵓⵊⴰⵏⴱⵉⵔ|2A7B
ⴽⵜⵓ|2A89
ⴽⵜⵓⴱⵔ|2A79
ⵉⴱⵔ|2A83
ⵉⴱⵔⵉⵔ|2A73
ⵉⵏⵏ|2A80
ⵉⵏⵏⴰⵢⵔ|2A70
ⵎⴰⵕ|2A82
ⵎⴰⵕⵚ|2A72
ⵎⴰⵢ|2A84
ⵎⴰⵢⵢⵓ|2A74
ⵏⵓⵡ|2A8A
ⵏⵓⵡⴰⵏⴱⵉⵔ|2A7A
ⵖⵓⵛ|2A87
ⵖⵓⵛⵜ|2A77
ⵙⵉⵎⵡⴰⵙ|2A65
ⵛⵓⵜ|2A88
ⵛⵓⵜⴰⵏⴱⵉⵔ|2A78
ⵢⵓⵍ|2A86
ⵢⵓⵍⵢⵓⵣ|2A76
ⵢⵓⵏ|2A85
ⵢⵓⵏⵢⵓ|2A75
周一|51
周三|53
周二|52
周五|55
周六|56
周四|54
周日|50
土|76
土曜日|66
日|70
日曜日|60
星期一|41
星期三|43
星期二|42
星期五|45
星期六|46
星期四|44
星期日|40
月|71
月曜日|61
木|74
木曜日|64
水|73
水曜日|63
火|72
火曜日|62
週一|491
週三|493
週二|492
週五|495
週六|496
週四|494
週日|490
金|75
金曜日|65
ꃘꆪ|16C5
ꆏꃘ|16E6
ꆏꇖ|16E4
ꆏꉬ|16E5
ꆏꊂꃘ|16D6
ꆏꊂꇖ|16D4
ꆏꊂꉬ|16D5
ꆏꊂꋍ|16D1
ꆏꊂꌕ|16D3
ꆏꊂꑍ|16D2
ꆏꋍ|16E1
ꆏꌕ|16E3
ꆏꑍ|16E2
ꇖꆪ|16C3
ꈬꆪ|16C8
ꉆꆪ|16C7
ꉬꆪ|16C4
ꊰꆪ|16C9
ꊰꊪꆪ|16CA
ꊰꑋꆪ|16CB
ꋍꆪ|16C0
ꌕꆪ|16C2
ꏃꆪ|16C6
ꑍꆪ|16C1
ꑭꆏ|16E0
ꑭꆏꑍ|16D0
ꔞꘋ|310A
ꔞꘋꕔꕿ ꕸꖃꗏ|30FA
ꔻꔬꔳ|30E6
ꕉꔤꕀꕮ|30E5
ꕉꔤꕆꕢ|30E4
ꕉꕞꕒ|30E3
ꕒꕡ|3101
ꕒꕡꖝꖕ|30F1
ꕚꕞꕚ|30E2
ꕞꕌꔵ|30E0
ꕢꕌ|30F8 3108
ꕭꖃ|30F9 3109
ꕾꖺ|30F2 3102
ꖑꕱ|30F4 3104
ꖢꖕ|30F3 3103
ꖨꖕ ꕪꕴ ꔞꔀꕮꕊ|30F0
ꖨꖕ ꕪꕴ ꗏꖺꕮꕊ|30FB
ꖨꖕꔞ|3100
ꖨꖕꗏ|310B
ꖱꕞ|3106
ꖱꕞꔤ|30F6
ꖱꘋ|30F5 3105
ꗛꔕ|30F7 3107
ꗳꗡꘉ|30E1
금|A5
금요일|85
목|A4
목요일|84
수|A3
수요일|83
월|A1
월요일|81
일|A0
일요일|80
토|A6
토요일|86
화|A2
화요일|82
𑄃𑄉\u{11127}𑄌\u{11134}𑄑\u{11134}|B47 B57
𑄃\u{11127}𑄇\u{11134}𑄑𑄬𑄝\u{11127}𑄢\u{11134}|B49
𑄃\u{11127}𑄇\u{11134}𑄑\u{1112E}𑄝\u{11127}𑄢\u{11134}|B59
𑄃𑄬𑄛\u{11133}𑄢\u{11128}𑄣\u{11134}|B43 B53
𑄎𑄚\u{1112A}|B50
𑄎𑄚\u{1112A}𑄠𑄢\u{11128}|B40
𑄎\u{1112A}𑄚\u{11134}|B45 B55
𑄎\u{1112A}𑄣\u{1112D}|B46 B56
𑄓\u{11128}𑄥𑄬𑄟\u{11134}𑄝𑄢\u{11134}|B5B
𑄓\u{11128}𑄥𑄬𑄟\u{11134}𑄝\u{11127}𑄢\u{11134}|B4B
𑄚\u{11127}𑄞𑄬𑄟\u{11134}𑄝\u{11127}𑄢\u{11134}|B4A B5A
𑄜𑄬𑄛\u{11134}|B51
𑄜𑄬𑄛\u{11134}𑄝\u{11133}𑄢\u{1112A}𑄠𑄢\u{11128}|B41
𑄝\u{1112A}𑄖\u{11134}|B63
𑄝\u{1112A}𑄖\u{11134}𑄝𑄢\u{11134}|B33
𑄝\u{11133}𑄢\u{11128}𑄥\u{1112A}𑄛\u{11134}|B64
𑄝\u{11133}𑄢\u{11128}𑄥\u{1112A}𑄛\u{11134}𑄝𑄢\u{11134}|B34
𑄟𑄢\u{11134}𑄌\u{11127}|B42 B52
𑄟\u{11127}\u{11101}𑄉\u{11127}𑄣\u{11134}|B62
𑄟\u{11127}\u{11101}𑄉\u{11127}𑄣\u{11134}𑄝𑄢\u{11134}|B32
𑄟𑄬|B44 B54
𑄢\u{11127}𑄝\u{11128}|B60
𑄢\u{11127}𑄝\u{11128}𑄝𑄢\u{11134}|B30
𑄥\u{11127}𑄚\u{11128}|B66
𑄥\u{11127}𑄚\u{11128}𑄝𑄢\u{11134}|B36
𑄥\u{11127}𑄟\u{11134}|B61
𑄥\u{11127}𑄟\u{11134}𑄝𑄢\u{11134}|B31
𑄥\u{1112A}𑄇\u{11134}𑄇\u{1112E}𑄢\u{11134}|B65
𑄥\u{1112A}𑄇\u{11134}𑄇\u{1112E}𑄢\u{11134}𑄝𑄢\u{11134}|B35
𑄥𑄬𑄛\u{11134}𑄑𑄬𑄟\u{11134}𑄝\u{11127}𑄢\u{11134}|B48 B58
𞤀\u{1E944}𞤩𞤵|1181
𞤀\u{1E944}𞤩𞤵𞤲𞥋𞤣𞤫|1161
𞤁𞤵\u{1E945}𞤶𞤮|1174
𞤃𞤢𞤣|1185
𞤃𞤢𞤦|1182
𞤃𞤢𞤱𞤦𞤢\u{1E944}𞤪𞤫|1162
𞤃𞤢𞤱𞤲𞤣𞤫|1165
𞤃𞤮𞤪𞤧𞤮|1176
𞤄𞤮𞤱𞤼𞤮|117B
𞤅𞤫\u{1E945}𞤼𞤮|1173
𞤅𞤭𞤤𞤼𞤮|1178
𞤅𞤭\u{1E945}𞤤𞤮|1170
𞤈𞤫𞤬|1180
𞤈𞤫𞤬𞤦𞤭𞤪\u{1E946}𞤫|1160
𞤐𞤢\u{1E944}𞤧|1184
𞤐𞤢\u{1E944}𞤧𞤢\u{1E944}𞤲𞤣𞤫|1164
𞤐𞤦𞤮\u{1E945}𞤴𞤮|1172
𞤐𞤶𞤫𞤧𞤤𞤢\u{1E944}𞤪𞤫|1163
𞤑𞤮𞤪𞤧𞤮|1175
𞤒𞤢𞤪𞤳𞤮|1179
𞤔𞤫𞤧|1183
𞤔𞤮𞤤𞤮|117A
𞤔𞤵𞤳𞤮|1177
𞤕𞤮𞤤𞤼𞤮|1171
𞤖𞤮𞤪|1186
𞤖𞤮𞤪𞤦𞤭𞤪\u{1E946}𞤫|1166
"""

    /// `DatePreparedTables` of those patterns (the shapes' trie, flags, name lists and line
    /// starts): labelled lists of hexadecimal numbers.
    static let embeddedPreparedText = """
digitStarts
0 3 3 5 5 6 6 6 7 7 9 9 A A A B B D D E E E F F 11 11 11 12 12 12 14 14
15 15 15 15 16 16 16 16 17 17 17 18 18 18 18 19 19 19 19 1A 1A 1A 1A 1B 1B 1D 1D 1F 1F 20 20 20
22 22 24 24 26 26 28 28 28 28 29 29 2A 2A 2B 2B 2C 2C 2C 2F 2F 31 31 32 32 32 33 33 33 34 34 34
35 35 35 38 38 38 38 39 39 39 39 39 3A 3A 3A 3A 3B 3B 3C 3C 3D 3D 3D 3E 3E 3F 3F 40 40 40 41 41
41 42 42 43 44 44 46 46 47 47 47 47 47 47 47 47 47 47 47 47 49 49 49 4A 4A 4A 4A 4B 4B 4B 4B 4B
4B 4B 4B 4B 4B 4B 4B 4D 4E 4E 4F 4F 50 50 51 51 51 52 52 53 53 54 54 54 54 54 54 54 54 54 55 55
55 55 55 55 56 56 56 57 57 57 57 57 57 57 57 58 58 59 59 59 59 59 5B 5B 5C 5C 5C 5D 5D 5D 5E 5E
5E 5F 5F 5F 60 60 61 61 62 62 63 63 64 64 64 65 65 65 66 66 66 66 66 66 68 68 69 69 69 69 69 6A
6A 6A 6A 6A 6B 6B 6C 6E 6E 6F 6F 6F 70 70 70 70 71 71 71 71 72 72 72 72 72 72 72 72 72 72 72 72
73 73 73 74 74 74 75 75 75 76 76 77 77 77 77 79 79 7A 7A 7B 7B 7B 7B 7B 7B 7B 7C 7C 7D 7D 7E 7E
7E 7F 7F 80 80 80 81 81 81 81 82 82 82 83 83 83 84 84 84 85 85 85 86 86 86 87 87 87 88 88 88 88
88 88 88 88 88 88 88 88 88 88 89 89 89 89 8A 8A 8A 8A 8B 8B 8B 8B 8B 8B 8B 8B 8B 8B 8B 8B 8B 8B
8B 8B 8B 8B 8B 8B 8B 8B 8B 8C 8C 8C 8C 8C 8C 8C 8C 8C 8C 8C 8C 8D 8D 8D 8D 8D 8D 8D 8D 8D 8D 8E
8E 8E 8E 8E 8E 8E 8E 8E 8E 8E 8F 8F 8F 8F 8F 8F 8F 90 90 91 91 91 91 92 92 92 92 92 92 92 92 92
93 93 93 93 93 93 94 94 95 95 96 96 96 96 97 97 97 97 98 98 98 98 98 98 98 98 99 99 9A 9A 9A 9A
9A 9A 9A 9A 9A 9A 9A 9B 9B 9B 9B 9B 9C 9C 9C 9C 9C 9C 9C 9C 9C 9D 9D 9D 9D 9D 9D 9D 9D 9F 9F 9F
9F 9F 9F 9F A1 A1 A1 A1 A1 A2 A2 A2 A2 A2 A2 A3 A3 A3 A3 A3 A4 A4 A4 A5 A5 A6 A6 A7 A7 A8 A8 A9
A9 A9 AA AA AA AA AA AA AA AA AA AB AB AB AD AD AD AE AE AF AF AF AF AF AF AF AF AF B0 B0 B0 B0
B0 B0 B0 B0 B0 B1 B1 B1 B1 B1 B1 B2 B2 B2 B3 B3 B3 B3 B3 B3 B3 B3 B3 B3 B3 B3 B4 B4 B4 B4 B4 B4
B4 B4 B5 B5 B5 B5 B5 B5 B5 B5 B5 B5 B5 B5 B5 B5 B6 B6 B7 B7 B7 B8 B8 B8 B9 B9 B9 BA BA BA BA BA
BB BB BC BC BD BD BE BE BF BF BF BF BF BF BF BF BF C0 C0 C0 C0 C0 C0 C0 C0 C0 C1 C1 C1 C1 C1 C1
C2 C2 C2 C2 C2 C2 C3 C3 C3 C4 C4 C4 C4 C5 C5 C5 C5 C6 C6 C6 C6 C7 C7 C7 C7 C7 C8 C8 C8 C8 C9 C9
C9 C9 C9 C9 C9 C9 CA CA CA CA CA CA CA CA CA CA CB CB CB CB CB CB CB CB CB CB CB CB CB CB CB CB
CB CB CC CC CC CC CC CC CC CD CD CD CD CE CE CE CF CF CF CF CF CF CF CF D0 D0 D0 D1 D1 D1 D1 D1
D1 D1 D2 D2 D2 D2 D2 D2 D2 D3 D3 D3 D3 D5 D5 D5 D5 D5 D5 D5 D5 D5 D5 D6 D6 D7 D7 D7 D7 D8 D8 D8
D8 D8 D8 D8 D9 D9 D9 D9 D9 DA DA DA DB DB DB DC DC DC DC DC DD DD DD DD DD DD DD DE DE DE DE DE
DE DE DE DE DF DF DF DF DF DF DF DF DF E0 E0 E0 E0 E0 E0 E0 E0 E0 E1 E1 E1 E1 E1 E1 E1 E1 E1 E1
E1 E1 E1 E1 E2 E2 E2 E2 E2 E2 E2 E2 E2 E3 E3 E3 E3 E3 E3 E3 E4 E4 E4 E4 E4 E4 E5 E5 E5 E5 E5 E5
E5 E5 E5 E6 E6 E6 E6 E6 E6 E6 E6 E6 E6 E6 E6 E7 E7 E7 E7 E7 E7 E7 E7 E7 E7 E7 E7 E7 E7 E7 E7 E7
E7 E7 E7 E7 E7 E7 E7 E7 E7 E7 E7 E8 E8 E8 E8 E8 E8 E8 E9 E9 E9 EA EA EA EB EB EB EB EB EC EC EC
EC EC EC EC EC EC ED ED ED ED ED ED ED ED ED EE EE EE EE EE EF EF EF F0 F0 F0 F0 F0 F0 F0 F1 F1
F1 F1 F1 F1 F1 F1 F2 F2 F2 F2 F3 F3 F3 F3 F3 F3 F3 F3 F3 F3 F3 F4 F4 F4 F5 F5 F5 F5 F5 F5 F6 F6
F6 F7 F7 F7 F8 F8 F8 F8 F8 F8 F9 F9 FA FA FB FB FB FB FB FB FB FC FC FC FC FC FC FC FD FD FD FD
FD FE FE FE FE FF FF FF FF FF FF FF 100 100 100 100 100 100 100 100 100 100 100 100 101 101 101 101 102 102 102 102
102 102 102 102 103 103 103 104 104 104 104 104 104 104 104 104 104 104 104 104 105 105 105 105 106 106 106 106 106 107 107 107
107 107 108 108 108 108 108 108 108 108 108 108 108 108 109 109 109 109 109 109 109 109 109 109 109 109 109 109 10A 10A 10A 10A
10A 10A 10B 10B 10B 10C 10C 10C 10C 10D 10D 10D 10E 10E 10E 10E 10E 10E 10F 10F 10F 10F 10F 10F 110 110 110 111 111 111 112 112
112 112 112 112 112
digitLows
4 1 2 2 1 2 1 2 1 2 1 2 1 2 1 1 2 1 1 2 1 2 1 1 1 1 2 4 2 1 2 4
2 1 4 2 1 2 4 2 2 4 1 4 2 1 4 2 1 4 4 4 4 2 1 4 4 4 4 2 4 4 2 2
1 4 4 4 1 2 4 1 2 1 1 1 2 1 4 1 4 4 2 4 4 4 4 2 4 2 1 4 4 4 4 4
1 4 1 4 4 4 2 1 2 1 4 1 1 4 4 4 4 4 4 4 4 2 2 2 1 1 1 1 1 4 1 4
1 4 2 4 1 4 1 4 4 4 4 1 4 1 1 2 4 4 4 4 1 4 4 1 2 2 4 4 4 2 1 2
1 1 4 4 4 2 2 4 4 4 4 2 1 2 4 4 4 4 4 1 1 1 1 4 4 1 4 1 4 2 4 4
4 4 4 4 4 4 4 4 1 2 1 1 4 4 4 4 4 4 4 1 2 4 4 4 1 4 4 4 1 1 1 4
1 1 1 1 1 1 1 4 4 4 4 1 1 1 1 4 1 4 4 4 4 1 4 4 1 1 1 1 1 1 4 1
4 4 4 4 1 4 4 4 1 4 4 4 4 4 4 4 4 4
digitHighs
4 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 4 2 2 2 4
2 2 4 2 2 2 4 2 2 4 2 4 2 2 4 2 2 4 4 4 4 2 2 4 4 4 4 2 4 4 2 2
2 4 4 4 2 2 4 2 2 2 2 2 2 2 4 2 4 4 2 4 4 4 4 2 4 2 2 4 4 4 4 4
2 4 2 4 4 4 2 2 2 2 4 2 2 4 4 4 4 4 4 4 4 2 2 2 2 2 2 2 2 4 2 4
2 4 2 4 2 4 2 4 4 4 4 2 4 2 2 2 4 4 4 4 2 4 4 2 2 2 4 4 4 2 2 2
2 2 4 4 4 2 2 4 4 4 4 2 2 2 4 4 4 4 4 2 2 2 2 4 4 2 4 2 4 2 4 4
4 4 4 4 4 4 4 4 2 2 2 2 4 4 4 4 4 4 4 2 2 4 4 4 2 4 4 4 2 2 2 4
2 2 2 2 2 2 2 4 4 4 4 2 2 2 2 4 2 4 4 4 4 2 4 4 2 2 2 2 2 2 4 2
4 4 4 4 2 4 4 4 2 4 4 4 4 4 4 4 4 4
digitNexts
1 2D 35 3 6 5 8 A D C F 11 14 13 16 18 2C3 1B 1E 22 20 24 28 2B 2F 33 37 39 3E 3B ED 3D
40 3C4 42 47 44 DF 46 48 4A 4C 4E 50 58 5E 127 55 5B 57 5A 5D 60 63 68 F6 67 6C 70 499 74 77 168 7B
7E 81 31A 84 86 E2 88 94 2B2 97 9B AF F0 441 AA 10D AE B1 B3 B5 BE 2EA C7 CF D1 D6 121 D8 DB DE E1 E4
E6 E8 EA EC EF F2 F8 207 FA FF 104 10A 111 448 109 10C 110 114 120 123 126 129 12B 12F 134 474 133 13F 13C 13E 141 143
146 14A 14D 150 153 156 159 15C 16A 16E 172 189 195 19F 1AA 2B7 1B3 1B7 1C0 1C6 1C8 1CA 1CE 1D2 1DA 1DC 1E7 1EC 1F5 1FD 205 204
206 209 20F 214 217 219 21B 21D 21F 222 22B 22E 22F 231 233 23C 245 43D 24E 25A 262 270 272 275 278 27B 280 282 284 286 288 291
29A 2A0 2A6 2A9 2AD 2B1 2B5 2BA 2BE 2C6 2D0 2E2 2E9 2ED 2F0 2F8 2FB 302 309 30D 313 317 319 31D 324 329 32C 32F 334 33B 344 34D
356 364 36D 374 37A 383 38F 3AB 3B2 3B5 3B8 3BD 3C6 3CF 3E7 3D7 3DE 3E6 3EA 40F 3F8 3FE 416 404 40A 40C 40E 415 41C 421 425 42C
438 43C 444 447 454 45E 45D 462 46E 47C 482 485 489 48C 492 498 49B 49E
literalStarts
0 4 D E F F 10 11 11 13 13 14 14 14 15 15 18 19 1A 1A 1B 1C 1C 1C 1D 1E 1F 1F 20 21 21 22
22 23 26 27 27 28 28 29 29 2A 2B 2B 2C 2D 38 38 39 39 3A 3A 3B 3B 40 41 42 42 45 46 47 47 49 49
49 4B 4B 4B 4B 4C 4C 4F 4F 4F 4F 50 50 50 50 51 51 52 58 5D 5E 5E 5F 5F 5F 63 64 64 65 65 65 6A
6C 6C 6D 70 74 74 76 76 76 7D 81 84 86 87 88 8A 8A 8B 8F 94 95 97 9A 9A 9A 9A 9B 9B 9B 9C 9C 9F
A0 A0 A0 A1 A1 A2 A2 A3 A3 A3 A3 A3 A3 A4 A4 A4 A5 A5 A5 A5 A5 A6 A7 A7 A8 A8 A9 A9 AA AB AC AC
AD AD AD AE AE AF AF B0 B0 B1 B1 B2 B2 B4 B4 B5 B6 B6 B7 B7 B9 B9 B9 BB BC BC BD BE BF C0 C0 C0
C2 C3 C3 C4 C5 C6 C7 C8 C8 CB CC CC D0 D1 D1 D2 D3 D3 D5 D7 D8 D8 D8 D9 D9 D9 DA DA DB DC DC DC
DD DD DD DE DE DE DE DF DF DF DF E0 E0 E0 E1 E1 E3 E4 E4 E6 E6 E6 E6 EA EA EB EB EB EC ED EE EE
EF F0 F0 F1 F1 F1 F2 F2 F4 F4 F4 F5 F5 F5 F6 F7 F7 F8 F9 FA FA FA FB FB FC FC FC FC FC FD FD FE
FE 100 101 101 101 102 102 102 104 104 105 105 105 105 106 106 106 10D 10F 10F 111 111 112 112 112 113 113 114 114 115 115 115
117 117 118 118 118 119 119 11D 11D 11F 11F 120 121 121 122 123 123 123 124 124 125 126 126 127 128 128 129 12A 12A 12B 12C 12D
12D 12E 12E 12F 130 130 131 132 132 133 133 133 134 135 135 135 136 137 137 137 138 138 138 139 139 139 13B 13C 13C 13D 13E 13E
13F 13F 13F 140 141 142 143 144 145 145 146 147 147 147 148 149 14A 14B 14C 14D 14E 14E 14F 14F 151 152 153 154 155 156 157 157
157 158 159 15A 15B 15B 15C 15D 15E 15F 15F 15F 15F 15F 15F 15F 15F 15F 160 160 161 161 162 162 163 163 163 163 164 164 165 166
166 167 168 168 169 16A 16A 16A 16A 16B 16B 16B 16C 16D 16D 170 170 171 171 172 173 173 173 174 175 175 175 176 176 177 178 178
179 179 17A 17A 17B 17B 17C 17C 17C 17D 17D 17E 17E 17F 180 181 182 183 184 185 186 186 187 187 188 189 18A 18B 18C 18C 18C 18D
18E 18F 190 191 191 191 191 191 192 192 192 193 194 195 196 196 196 197 198 19A 19A 19A 19B 19B 19B 19B 19C 19C 19C 19D 19D 19D
19E 19F 19F 19F 1A0 1A1 1A2 1A3 1A4 1A4 1A5 1A5 1A5 1A6 1A6 1A6 1A6 1A6 1A7 1A7 1A7 1A8 1A9 1A9 1AA 1AB 1AC 1AD 1AD 1AD 1AE 1AF
1AF 1B0 1B1 1B2 1B3 1B3 1B3 1B5 1B6 1B6 1B7 1B8 1B9 1BA 1BB 1BB 1BC 1BD 1BE 1BF 1C0 1C0 1C2 1C3 1C4 1C5 1C5 1C6 1C7 1C8 1C9 1CA
1CA 1CA 1CA 1CB 1CC 1CD 1CD 1CE 1CF 1D0 1D1 1D1 1D1 1D2 1D2 1D2 1D2 1D3 1D3 1D3 1D4 1D4 1D4 1D5 1D5 1D5 1D6 1D6 1D8 1D8 1D9 1DA
1DA 1DA 1DA 1DB 1DB 1DB 1DB 1DC 1DC 1DC 1DD 1DD 1DE 1DF 1E0 1E1 1E2 1E2 1E2 1E3 1E3 1E4 1E5 1E7 1E8 1E9 1E9 1E9 1EA 1EB 1EB 1EC
1EC 1EC 1ED 1EE 1EE 1EF 1EF 1EF 1F0 1F0 1F0 1F0 1F1 1F1 1F1 1F1 1F2 1F2 1F2 1F3 1F4 1F4 1F5 1F5 1F6 1F7 1F7 1F8 1F8 1F9 1F9 1FA
1FB 1FC 1FC 1FC 1FD 1FE 1FE 1FF 200 201 201 201 202 203 203 204 204 205 206 206 206 207 208 208 20B 20C 20C 20D 20E 20F 20F 20F
210 211 211 212 213 214 215 215 216 216 216 216 217 217 217 218 218 218 219 219 21A 21B 21C 21D 21D 21D 21E 21E 21E 21F 220 220
221 222 222 222 223 224 224 225 226 226 226 227 228 228 229 229 22A 22B 22B 22B 22C 22C 22C 22C 22C 22C 22C 22C 22F 22F 22F 230
230 230 231 232 232 233 234 234 235 235 235 236 236 236 237 237 237 238 23A 23B 23B 23C 23C 23D 23E 23E 23E 23E 23F 23F 240 241
241 241 242 243 243 244 244 245 246 247 248 249 24A 24A 24A 24B 24B 24B 24C 24D 24D 24E 24E 24F 250 251 252 253 253 253 254 255
257 258 259 25A 25A 25B 25C 25C 25C 25E 25F 260 261 261 262 263 263 263 263 264 264 265 266 266 266 267 267 268 269 269 269 269
26A 26A 26B 26B 26C 26D 26D 26D 26E 26F 270 270 271 272 273 273 275 276 276 277 278 279 27A 27B 27C 27C 27D 27D 27D 27E 27E 27E
27F 27F 27F 280 280 280 281 282 283 283 285 285 285 286 287 288 288 28A 28A 28A 28B 28B 28B 28C 28C 28C 28D 28D 28E 28E 28F 290
290 290 291 291 291 292 292 292 293 294 295 296 297 298 299 299 29A 29B 29C 29D 29D 29E 29F 29F 29F 2A0 2A1 2A2 2A3 2A4 2A4 2A5
2A6 2A7 2A8 2A8 2A9 2AA 2AA 2AA 2AB 2AC 2AC 2AC 2AD 2AE 2AE 2AF 2AF 2B0 2B1 2B1 2B2 2B3 2B4 2B5 2B5 2B6 2B7 2B8 2B8 2B9 2B9 2B9
2BA 2BB 2BC 2BD 2BD 2BE 2BF 2C0 2C0 2C1 2C1 2C1 2C1 2C2 2C2 2C2 2C3 2C4 2C5 2C5 2C6 2C6 2C6 2C7 2C8 2C9 2C9 2CA 2CA 2CA 2CB 2CC
2CD 2CD 2CE 2CE 2CF 2CF 2CF 2D0 2D1 2D2 2D2 2D3 2D3 2D4 2D5 2D6 2D7 2D8 2D9 2DA 2DA 2DA 2DB 2DC 2DC 2DC 2DD 2DE 2DE 2DE 2DE 2DF
2DF 2DF 2E0 2E1 2E1 2E2 2E3 2E3 2E3 2E3 2E3 2E4 2E4 2E4 2E5 2E5 2E5 2E6 2E7 2E8 2E8 2E9 2E9 2EA 2EB 2EC 2ED 2EE 2EF 2EF 2EF 2EF
2EF 2F0 2F0 2F0 2F0 2F0 2F1 2F2 2F3 2F3 2F3 2F4 2F5 2F6 2F6 2F7 2F7 2F8 2F9 2F9 2F9 2FA 2FA 2FB 2FC 2FC 2FC 2FD 2FD 2FD 2FE 2FE
2FE 2FF 2FF 2FF 300 300 300 301 302 302 302 303 303 303 304 305 305 306 306 306 307 308 308 309 309 309 30A 30A 30A 30B 30B 30B
30B 30C 30C 30C 30C
literalValues
F66 41 6C 62F 2D 2F 2E 5E74 B144 20 28 2C 104A 436 2D 2C 2D 2C 60C 2F 2F 28 FF08 2C 20 2E 2E 2E 67 2E 20 2E
20 6708 65E5 28 20 FF0C 6708 65E5 20 C6D4 20 C77C 20 6708 C6D4 2E 2F 2D 20 200F 6CC 2C 6D 5D8 65E5 20 C77C 2E 2F 2D 20 200F
20 2E 2C 2E 20 20 2E 20 2E 2F 20 2F 2C 104A FF08 2D 2D 2C 20 2C 1363 60C 2E41 E17 64 6C E97 2C 62F 20 20 20
2F 2D 2E 64 20 20 2C 2F 2D 2E 6C 64 20 F66 64 69 20 2D 2E 2F 20 2C 20 2F 2E 2C 2D 6D 5D8 64 5D1 6E
74 20 2C 2E 64 2C 20 64 20 2C 20 64 5D1 6E 74 20 2C 2E41 2E 60C 64 20 2C 20 2E41 2C 2D 20 2C 20 2E 20
20 2C 2F 29 29 2E 20 2E 20 C77C 20 28 29 28 29 20 20 2E 20 2E 2E 2E 2E 2F 20 65 69 20 20 64 65 20
65 69 20 20 64 65 20 73 433 440 4AB 2E 433 440 647 4AB 2E 20 2E 20 2E 433 4AB 2E 2F 20 20 2D 2F 2F 2F 2D
2E 20 2E 2E 20 2E 2D 20 2F 2E 2D 65 6E 20 2E 20 20 20 20 2E 2E 2E 20 2E 2E 20 2E 2E FF09 20 20 2C
2F 20 2D 2F 2D 20 F63 569 436 6D 43E 441 435 20 F60 2C 28 20 20 20 20 2F 20 2F 20 20 200F 6CC 2F 20 60C 20
2F 200F 2F 2F 200F 2F 20 2F 200F 2F 20 647 640 640 647 640 647 640 2D 65 20 65 20 20 20 433 569 2E 433 2E 20 F72
F0B F5A F7A F66 F0B 2C 20 FA4 FB1 F72 F0B F63 F7C F0B 20 F60 20 F72 F0B F5A F7A F66 F0B F7C F60 F72 F0B F5A F7A F66 F0B 20
2E 20 2E 20 6CC 20 20 20 6CC 20 2F 50 20 20 2D 2F 20 2C 20 41 50 2D 2C 2E 2E 2E 20 20 20 20 2C FA4
FB1 F72 F0B F63 F7C F0B 20 20 F5A F7A F66 F0B F5A F7A F66 F0B 20 2D 6C 69 61 20 69 61 20 2C 20 2F 20 20 20 61
20 64 65 20 20 2D 2D 65 20 20 64 65 20 65 20 20 64 65 20 65 69 20 20 64 65 20 73 65 29 6B 6F 20
72 20 65 6E 20 28 61 29 2C 20 28 61 29 61 29 2C 20 20 2F 20 20 20 20 2D 2E41 20 2D 2E 20 20 64 61
6C 20 20 20 64 61 69 6C 20 68 20 20 68 20 20 20 20 20 2E 20 2E 2E 20 2E 20 2E 2C 20 2E 20 2E 2C
20 2E 20 20 2C 20 569 2E 569 430 435 2E 2E 2C 20 65 20 20 64 65 20 20 20 20 20 20 64 69 20 20 65 20
2C 20 65 20 2C 20 2E 20 20 2C 20 20 2D 60C 2C 20 E4 20 2E 20 20 20 20 2E 2C 20 20 2D 2C 20 2D 2C
20 EB5 20 20 20 E84 2E EAA 2E 20 20 2E 20 20 20 64 2E 2C 20 20 67 61 2E 64 61 20 2E 20 61 2E 64 61
20 2E 20 20 2E 20 20 2E 20 20 20 2C 20 43D 44B 20 44B 43D 20 2C 2E 20 20 433 430 440 430 433 20 20 20 20
61 2019 20 20 2C 61 2019 20 20 2C 20 20 20 20 104A 20 20 2F 20 6C 79 25B 30C 2BC 20 20 6E 61 20 2C 20 79
25B 30C 2BC 20 20 6E 61 20 2C 20 2C 20 430 437 437 430 437 20 41 50 20 20 62F 20 20 20 41 50 20 20 62F 20
20 2F 20 62F 20 20 20 62F 20 20 6C 73 20 20 20 44B 43B 20 20 20 43A 4AF 43D 44D 2C 20 75 20 75 20 20 2E
20 2E 20 20 20 E35 E48 20 20 20 E1E 2E E28 2E 20 20 43B 2C 20 43B 2C 20 20 2C 20 2D 60C 20 20 20 20 20
2C 20 20 5DF 20 20 5DF 20 20 20 20 FF09
literalNexts
18D 1CB 3D8 3FF 2 9 10 1D 26 130 24F 37F 3B9 330 4 17F 7 43E 47D B E 8E 11B 26C 17 12 39C 15 368 19 1A 1C
A2 1F 21 8B 119 4A2 23 25 27 29 2A 2C 91 2E 31 3A 43 4D 71 151 1BB 1E8 2A1 493 30 32 34 36 3F 49 6D 14B
93 38 176 1B9 463 AB 3C F4 1AE 41 316 45 3A2 3C1 49F 4B 4F 31E 52 61 138 144 279 450 FB 2DF 341 3C7 3F3 54 56 59
B2 230 285 234 5C 5F 82 E5 E9 105 210 246 62 1ED 321 41D 64 78 CE D5 66 220 69 85 A6 1E3 223 29B 48D B6 2AA 2FC
3A5 6B D9 2EE 16B 49C C8 23D 6F 21C 3F0 BF 2AE 303 3AC 73 11E 276 2EB 483 16F CB 173 76 273 2A7 7A 7D 7F 20A 445 80
83 39F 87 8D 90 95 96 98 9A 9C 9D 9E A0 A3 A5 A7 A9 1AB AD 32A 1AC B0 1AF B4 318 B7 2F1 B8 BA BB BC BD
C0 292 C1 C3 C4 C5 C6 439 C9 115 1DD CA CC 117 160 1DF CD 1B0 D0 D2 1BA D3 1E1 D4 D7 DA 3EB DD E0 E3 E7 EB
EE 179 371 F1 17C 37E F7 12C 218 35D F9 FC FD FE 100 101 103 106 108 32D 10B 10E 10F 1AD 112 113 116 118 11D 11F 2D7 44D
122 125 128 26F 12A 12E 1A0 2CB 30A 351 387 426 46A 132 182 135 266 136 139 13B 13D 140 45F 142 145 147 157 1C1 1C7 149 480 15D
14C 14E 14F 152 154 155 162 158 15A 15B 165 15E 15F 161 163 164 166 167 169 16C 16D 170 171 174 177 17A 2DA 17B 17D 17E 180 183
184 185 186 187 188 18A 18B 18E 18F 190 191 192 193 194 196 198 1FE 199 19A 19B 19C 19D 19E 1A1 1A2 1A3 1A4 1A6 1A7 1A8 1A9 1B2
1B4 1B6 1B8 1BC 1BE 1BF 1D6 1C2 1C4 1C5 1C9 1CC 1CD 1CF 1D9 40B 1D1 1D3 1D4 1D7 1D8 1DB 34E 1DE 1E0 1E2 1E4 1E6 1E9 1EB 44A 1EE
1EF 1F0 1F1 1F2 1F3 1F4 1F6 1F8 1F9 1FA 1FB 1FC 1FF 200 201 202 203 208 20B 20C 20D 20E 211 212 213 215 216 21A 21E 2D4 221 224
225 226 227 228 22A 22D 232 235 236 238 239 23A 23B 23E 23F 241 242 243 244 247 289 248 24A 24B 24C 24D 435 250 251 252 253 254
256 261 257 258 259 25B 25C 25D 25E 25F 263 264 265 267 268 269 26A 26D 271 274 277 27A 27C 281 27E 27F 283 287 28A 28C 28D 28E
28F 290 293 295 296 297 2F9 298 299 29C 29D 29F 2A2 2A3 2A5 2A8 2AC 2B0 2B3 2B4 2B6 2B8 2B9 2BB 2BD 2BF 2C0 2C1 2C4 2C5 2C7 2C8
2C9 2CC 2CD 2CF 2D1 2D2 2D5 2D6 2D8 3EE 465 2D9 2DB 2DC 2DD 2E0 2E1 2E3 2E4 2E5 2E6 2E8 2EC 2EF 2F2 2F4 2F5 2F6 2F7 2FA 2FD 2FE
300 301 304 305 307 308 30B 30C 30E 310 311 314 31C 47A 48A 31F 322 323 325 326 328 32B 32E 331 332 33A 333 335 337 338 33C 33E
33F 342 343 345 347 348 349 34A 34B 34C 34F 352 353 355 357 358 359 35A 35B 35E 35F 360 378 361 362 363 365 366 369 372 36A 36B
36C 36E 36F 373 375 376 379 37B 37C 380 382 384 385 388 389 38A 38C 38D 38E 390 399 391 393 394 395 396 397 398 39A 39D 3A0 3A3
3A6 3A7 3A8 3AA 3B6 3AD 3AE 3AF 3B1 3B3 3B4 3B7 3BA 3BC 3BE 3BF 3C2 3C5 3C8 3C9 3CA 3CB 3CC 3CD 3CE 3D0 3D1 3D2 3D3 3D5 3D6 3D9
3DA 3DB 3DC 3DD 3DF 3E0 3E1 3E2 3E4 3E5 3E8 3E9 3EC 3ED 3EF 3F1 3F2 3F4 3F5 3F6 3F7 3F9 3FA 3FB 3FD 400 401 402 403 405 406 407
409 40D 410 411 412 414 417 418 419 41B 41E 41F 420 422 424 427 428 429 42B 42D 42E 42F 430 431 432 433 436 437 43A 43B 43F 442
443 449 446 44B 44E 451 452 453 455 457 458 459 45A 45B 45C 461 466 467 468 46B 46C 46D 46F 471 472 475 477 478 47B 47E 481 484
487 488 48B 48E 48F 491 494 495 497 49A 49D 4A1
nameNexts
51 0 22C 0 0 0 0 0 0 0 0 0 0 0 0 8A 0 0 0 0 0 0 0 2BC 0 0 0 0 0 0 0 0
0 89 0 0 0 0 0 99 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
0 0 0 0 0 0 0 0 0 DC 0 0 0 31B 0 0 0 0 53 0 0 0 0 0 0 124 0 0 0 0 0 75
0 0 7C 0 65 0 0 0 0 6A 0 0 0 6E 0 0 0 72 0 0 0 0 0 0 79 0 0 0 0 0 0 0
0 0 0 0 0 0 0 0 0 0 0 8C 0 0 8F 0 0 92 0 1B5 0 0 0 0 0 0 0 0 0 A1 9F 0
0 0 0 A4 0 0 0 A8 0 0 0 AC 0 0 0 0 0 0 0 0 0 0 0 0 B9 0 0 0 0 0 0 0
0 C2 0 0 0 0 0 0 0 0 0 F3 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 F5 0 0 0 0 0 0 0 0 0 0 0
0 102 0 0 0 0 107 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 11A 0 11C 0 0 0 0
0 0 0 0 0 0 0 0 0 0 0 0 12D 0 0 0 131 0 0 0 0 0 137 0 0 13A 0 0 0 0 0 0
0 0 0 0 0 0 0 148 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 175 0 0 178 0 0 0 0 0 0 0 0
181 0 0 0 0 0 0 0 0 0 0 18C 0 0 0 0 0 0 0 0 0 0 197 0 0 0 0 0 0 0 0 0
0 0 0 0 1A5 0 0 0 0 0 0 0 0 0 0 0 1B1 0 0 0 0 0 0 0 0 0 0 0 1BD 0 0 0
0 0 1C3 0 0 0 0 0 0 0 0 0 0 0 0 1D0 0 0 0 0 1D5 0 0 0 0 0 0 0 0 0 0 0
0 0 0 0 1E5 0 0 0 0 1EA 0 0 0 0 0 0 0 0 0 0 0 0 1F7 0 0 0 0 0 0 0 0 0
0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
0 0 0 486 0 0 0 0 229 0 0 0 0 0 0 0 0 0 0 0 0 0 237 0 0 0 0 0 0 0 0 240
0 0 0 0 0 0 0 0 249 0 0 0 0 0 0 0 0 0 0 0 255 0 0 0 0 0 0 0 0 0 0 260
0 0 0 0 0 0 0 0 0 0 26B 0 0 26E 0 0 0 0 0 0 0 0 0 0 0 0 0 0 27D 0 0 0
0 0 0 0 0 0 0 0 0 0 28B 0 0 0 0 0 0 0 0 294 0 0 0 0 0 0 0 0 0 29E 0 0
0 0 0 2A4 0 0 0 0 0 0 2AB 0 0 0 2AF 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
0 2C2 0 0 0 0 0 0 0 2CA 0 0 0 2CE 0 0 0 0 2D3 0 0 0 0 0 0 0 0 0 0 2DE 0 0
0 0 0 0 0 0 2E7 0 0 0 0 0 0 0 0 0 0 0 2F3 0 0 0 0 0 0 0 0 0 0 0 2FF 0
0 0 0 0 0 306 0 0 0 0 0 0 0 0 30F 0 0 312 0 0 315 0 0 0 0 0 0 0 0 0 0 320
0 0 0 0 0 0 327 0 0 0 0 0 0 0 0 0 0 0 0 0 0 336 0 0 339 0 0 0 33D 0 0 340
0 0 0 0 0 346 0 0 0 0 0 0 0 0 0 350 0 0 0 354 0 0 0 0 0 0 0 35C 0 0 0 0
0 0 0 0 0 0 367 0 0 0 0 0 0 0 0 370 0 0 0 0 0 0 377 0 0 0 0 0 37D 0 0 0
381 0 0 0 0 386 0 0 0 0 38B 0 0 0 0 0 0 392 0 0 0 0 0 0 0 0 39B 0 0 39E 0 0
3A1 0 0 3A4 0 0 0 0 3A9 0 0 0 0 0 0 3B0 0 0 0 0 0 0 0 0 0 0 3BB 0 0 0 0 3C0
0 0 3C3 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 3D4 0 0 0 0 0 0 0 0 0 0 0 0
0 0 3E3 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 3FC 0 0 0 0
0 0 0 0 0 0 0 408 0 0 0 0 0 0 0 0 0 0 413 0 0 0 0 0 0 41A 0 0 0 0 0 0
0 0 423 0 0 0 0 0 0 42A 0 0 0 0 0 0 0 0 0 434 0 0 0 0 0 0 0 0 0 0 0 440
0 0 0 0 0 0 0 0 0 0 0 44C 0 0 44F 0 0 0 0 0 0 456 0 0 0 0 0 0 0 0 0 460
0 0 0 464 0 0 0 0 469 0 0 0 0 0 0 470 0 0 473 0 0 476 0 0 479 0 0 0 0 0 47F 0
0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 490 0 0 0 0 0 496 0 0 0 0 0 0 0 0 0 4A0
0 0 4A3 0
endStarts
0 0 0 0 0 0 5 5 5 9 9 9 9 A A A D D D D E E E F F F F F F 10 10 10
10 10 11 11 11 11 12 12 12 12 12 12 12 13 13 13 13 14 14 14 14 15 15 15 15 15 16 16 16 16 18 19
19 19 19 1C 1C 1C 1C 28 29 32 32 32 32 35 35 35 35 38 38 38 38 38 38 38 39 39 39 3A 3A 3A 3B 3D
3D 40 40 40 40 40 40 40 47 47 47 47 47 A4 A4 A4 A4 AE AE C6 C6 1A1 1A1 1A1 1F3 1F3 1F3 1F3 1F4 1F4 1F4 1F4
1F4 1F4 22E 22E 22E 248 248 248 248 290 294 295 295 295 296 296 296 297 297 298 298 298 298 298 298 299 299 299 299 29B 29B 29B
29B 29C 29D 29D 29D 29D 29E 29E 29E 29E 29E 2B3 2B3 2BC 2BC 2DA 2DA 2DA 2E5 2E5 2E5 2E5 2EA 2EA 2EA 2EA 2EA 2EA 2EA 2EA 2EA 2F3
2F3 2F3 2F3 2F6 2F6 2F6 2F6 2F6 2FF 2FF 2FF 304 304 304 30A 30A 30A 30A 310 310 310 311 311 311 311 31A 31A 31A 332 332 332 335
335 335 336 336 336 337 337 337 337 354 354 354 354 356 356 356 357 357 357 359 35D 35D 35E 35E 35E 35E 35E 360 360 360 360 360
360 360 360 360 360 361 361 361 361 361 36C 36C 36C 371 371 371 371 372 372 372 372 374 374 376 376 378 378 37B 37B 37B 37D 37D
37D 3A5 3A5 3A5 3A6 3A6 3A6 3A8 3A8 3A8 3A8 3A8 3AB 3AB 3AB 3AB 3AE 3AE 3AE 3AE 3DC 3DF 3DF 3DF 412 412 412 412 412 412 412 413
413 413 413 413 415 415 415 415 415 415 415 422 422 422 422 422 422 424 424 424 424 424 424 426 426 426 426 426 426 428 428 428
42A 42A 42C 42C 42C 42E 42E 42E 42F 42F 42F 435 435 435 435 437 437 437 437 43B 43B 43B 440 440 440 444 444 444 445 445 445 446
446 446 464 464 464 464 464 464 464 464 464 464 464 465 465 465 465 465 465 465 465 465 465 465 465 465 465 465 465 465 465 465
466 466 466 466 466 466 466 466 466 466 466 467 478 483 484 485 486 486 486 486 486 488 488 488 488 48A 48B 48C 48C 48C 48C 48C
48C 490 490 490 490 490 490 493 493 493 493 497 497 497 497 497 497 497 497 49C 49C 49C 4A3 4A3 4A3 4A4 4A4 4A4 4A4 4A6 4A6 4A8
4A8 4AA 4AA 4AB 4AB 4AB 4AB 4AB 4AE 4AE 4AE 4AE 4AE 4B1 4B1 4B1 4B1 4B1 4B1 4B1 4B1 4B1 4B1 4B1 4B1 4B1 4B1 4B1 4B1 4B1 4B2 4B2
4B2 4B2 4B2 4B2 4B2 4B3 4B4 4B5 4B5 4B5 4B7 4B7 4B7 4B7 4B7 4B7 4B8 4B8 4B8 4B8 4B8 4B9 4B9 4B9 4BA 4BA 4BA 4BA 4BB 4BB 4BC 4BC
4BE 4BE 4BE 4C1 4C1 4C1 4C1 4C1 4C1 4C1 4C1 4C1 4C2 4C2 4C2 4C4 4C6 4C6 4C6 4C6 4C8 4C8 4C8 4C8 4C8 4C8 4C8 4C8 4C8 4C9 4C9 4C9
4C9 4C9 4C9 4C9 4C9 4C9 4CA 4CA 4CA 4CA 4CA 4CA 4CA 4CA 4CA 4CB 4CB 4CB 4CB 4CB 4CB 4CB 4CB 4CB 4CB 4CB 4CB 4CB 4CB 4CB 4CC 4CC
4CC 4CD 4CD 4CD 4CD 4CD 4CE 4CE 4CE 4CF 4CF 4CF 4D0 4D0 4D0 4D1 4D1 4D1 4D1 4D2 4D2 4D2 4D3 4D3 4D3 4D5 4D5 4D5 4D5 4D5 4D5 4D5
4D5 4D6 4D6 4D6 4D6 4D7 4D7 4D7 4D7 4D9 4D9 4D9 4D9 4D9 4D9 4D9 4D9 4D9 4DA 4DA 4DA 4DA 4DA 4DA 4DA 4DA 4DA 4DB 4DB 4DB 4DB 4DB
4DB 4DC 4DC 4DC 4DC 4DC 4DC 4DD 4DD 4DD 4DE 4DE 4DE 4DE 4E0 4E0 4E0 4E0 4E2 4E2 4E2 4E2 4E2 4E3 4E3 4E3 4E3 4E3 4E4 4E4 4E4 4E4
4E6 4E6 4E6 4E8 4E8 4E8 4E8 4E8 4E9 4E9 4E9 4EA 4EA 4EA 4EA 4EA 4EA 4EA 4EA 4EA 4EC 4EC 4EC 4EE 4EE 4EE 4F0 4F0 4F0 4F0 4F0 4F1
4F1 4F1 4F1 4F1 4F1 4F1 4F1 4F1 4F1 4F1 4F2 4F4 4F4 4F4 4F5 4F5 4F5 4F6 4F6 4F6 4F6 4F6 4F6 4F6 4F6 4F7 4F7 4F7 4F8 4F8 4F8 4F8
4F8 4F8 4F8 4FA 4FA 4FA 4FA 4FA 4FA 4FA 4FC 4FC 4FC 4FC 4FC 4FC 4FE 4FE 4FE 500 500 500 501 501 502 502 503 504 504 504 505 505
505 507 507 507 507 507 507 507 507 507 508 508 508 509 509 509 50A 50A 50A 50A 50A 50A 50A 50C 50C 50C 50D 50D 50D 50D 50E 50E
50E 50F 50F 50F 50F 50F 50F 50F 50F 50F 50F 50F 50F 50F 510 510 510 513 513 513 513 513 513 513 513 513 514 514 514 515 515 515
515 515 515 515 515 515 515 515 516 516 516 516 516 516 516 516 516 518 519 519 519 519 519 519 51A 51A 51A 51A 51A 51A 51B 51C
51C 51C 51C 51C 520 520 520 521 521 521 521 521 521 521 521 521 523 523 523 523 523 523 523 523 523 524 524 524 525 525 525 526
526 526 528 528 528 52C 52C 52C 52C 52C 52C 52C 52D 52D 52D 52D 52D 52D 52D 52E 52E 52E 52F 52F 52F 530 530 530 530 530 532 532
532 534 534 534 535 535 535 536 536 536 536 536 536 536 536 536 536 536 536 536 536 536 536 536 538 538 538 538 538 538 538 538
538 538 538 538 538 538 538 539 539 539 539 53A 53A 53A 53B 53B 53D 53D 53D 53E 53E 53E 53E 53E 53E 53E 53E 53E 53E 53E 53E 53F
53F 53F 53F 53F 53F 53F 53F 53F 53F 53F 53F 540 540 540 540 541 541 541 541 541 541 541 542 542 542 542 542 542 542 543 543 543
543 543 543 543 543 543 544 544 544 544 544 544 544 544 544 544 544 544 544 544 544 545 545 545 545 546 546 546 546 547 548 548
548 549 549 549 549 54A 54A 54A 54C 54E 552 552 552 553 553 553 554 554 554 554 554 554 554 554 554 554 554 554 554 554 555 556
556 556 556 557 557 558 558 55A 55A 55A 55B 55B 55B 55B 55B 55B 55B 55C 55C 55C 55D 55D 55D 55E 55E 55E 560 560 560 562 562 562
563 563 563 567 567 567 56B 56B 56B 56B 56E 56E 56E 570 570 570 570 570 570 572 572 572 572 572 572 574 574 574 575 575 575 577
577 577 579 579 57A
endPatterns
0 13B 196 1D3 360 1 13C 1D4 361 2 3 21B 42B 4 5 6 8 9 A B C D E 2B1 F 10 14 416 11 15 14E 17C
197 19F 311 3BD 3D6 417 464 4F6 12 13 16 14D 17B 310 3BC 3D5 463 522 17 19 105 18 106 229 1A 1B 1C 2A 2B 1D 46A 53B
1E BD 1E8 1EA 3C6 413 4EB 1F 4A 55 58 5D 7B 7F C0 C1 108 10A 112 128 12A 12F 176 189 1A9 1AC 1AE 1D8 205 207 236 24C
25D 26C 26F 276 279 29E 2A1 2AD 2B5 2BA 2BC 2CA 2CF 2D6 2E0 2F7 314 31A 338 342 354 355 36C 371 37C 37E 382 393 39F 3A2 3A4 3C0
3C3 3D9 3DD 40C 40E 411 419 41B 41E 43E 441 443 445 450 453 45B 460 467 4B8 4BB 4D3 4D7 4D9 4E6 4F0 50F 533 538 547 54F 55C 560
563 566 569 56C 20 C6 C7 1E7 1E9 3C5 3C9 3FD 4EC 4ED 45 46 4C 53 54 5A 5B 5E 72 73 79 7A 81 82 88 89 8F 90
B1 B2 BB BC C3 C4 21 41 42 49 56 57 5C 6E 6F 75 76 7C 7D 84 85 8B 8C BE BF C8 CB CE D0 DA DB DF
E2 E6 E9 ED EE F1 F2 F5 F6 F9 FA 107 10B 10C 111 115 116 11A 11B 11F 121 127 12B 12C 130 131 145 147 159 15A 160 174
18A 18B 1AA 1AB 1AF 1B0 1B8 1BA 1C8 1C9 1CD 1CE 1D9 1DA 1E3 1E4 204 206 214 215 219 21A 21F 221 223 233 238 240 241 245 246 24B
25E 25F 26D 26E 277 278 29B 29F 2A0 2B6 2B7 2BB 2C5 2C7 2CB 2CC 2D0 2D5 2E1 2E2 2EC 2ED 2F8 2F9 2FD 2FE 308 315 316 31B 31F 320
339 33A 343 344 34D 34E 352 353 368 369 36D 36E 372 37D 37F 380 383 384 388 38A 38E 390 394 395 3A0 3A1 3A5 3C1 3C2 3CE 3CF 3DA
3DE 3DF 3EA 3EB 3F8 3F9 401 40F 410 414 415 41C 41D 42F 430 437 43A 43B 43F 440 446 447 451 452 45C 45D 461 462 468 469 482 483
48D 492 497 4B9 4BA 4D4 4D5 4E7 4E8 4F1 4F4 4F5 4FB 4FC 500 501 505 506 510 511 534 535 539 53A 546 553 554 55D 561 564 567 56A
56B 22 23 40 43 6D 70 74 77 8A 8D C9 CA CD D1 11E 122 144 148 158 15B 1B7 1BB 1C7 1CA 1CC 1CF 1E2 1E5 1EC 213 216
220 224 234 239 23D 23F 242 244 247 29C 2C4 2C8 2DD 2DE 2EF 2F0 2FC 2FF 307 31E 321 34C 34F 367 36A 387 38B 38D 391 3CD 3D0 3E9
3EC 3F7 439 43C 481 484 48B 48C 48F 491 494 496 499 4F7 504 507 552 555 570 24 25 28 D6 10D 12D 132 161 184 187 18C 18E 191
1B1 1DB 1E0 22C 22D 260 2B8 2CD 2D1 2E3 2FA 301 305 30D 312 31C 33B 345 347 36F 373 381 385 397 3DB 3E0 3FC 403 406 448 45E 46B
472 477 47A 4B2 4B6 4E9 512 536 53C 54A 54D 550 576 579 26 27 185 186 18F 190 302 303 30E 30F 317 348 349 396 3B5 3B6 404 405
478 479 4B3 4B5 54B 54C 577 578 29 4B 62 C2 D8 10E 113 12E 133 150 162 177 17E 188 18D 192 1AD 1B2 1C1 1DC 1E1 22E 23E 24D
252 25C 261 26B 270 27A 280 2A2 2B9 2CE 2D2 2E4 2FB 306 313 31D 33C 346 356 370 374 386 398 3BF 3C4 3CC 3DC 3E1 407 412 41F 449
454 45F 46C 47B 4B7 4D8 4DA 4DF 4EA 4F2 513 537 53D 54E 551 55B 2C 2D 2F 574 2E 30 31 32 33 34 37 35 36 38 39 3C
1B3 1B6 1C2 1C5 208 20B 22F 253 256 287 28A 2A8 2AB 33D 340 4A3 4A6 53E 541 3E 3F 96 97 9D 9E A5 A6 AB 3A 3B 92 93
99 9A A0 A1 A8 1B4 1B5 1C3 1C4 209 20A 230 254 288 289 2A9 2AA 324 33E 33F 3EF 4A1 4A4 4A5 53F 540 3D 129 1C6 20C 275 28B
2AC 2C3 341 3A8 4BC 44 15C 201 248 471 47 63 66 200 202 24E 251 486 489 4D 68 69 48 64 65 1FA 203 24F 250 487 488 4E
51 124 134 3A7 4F 50 125 126 135 3A6 B0 1EB 237 40D 442 444 52 59 67 6C 2D7 2DC 48A 529 532 56D 5F 61 B6 B9 103 14A
14F 152 178 17D 258 25B 27B 27F 2C2 3B9 42E 431 4DB 4DE 4EF 531 543 548 60 3FE 4B4 6A 6B 71 D2 123 149 1BC 1CB 1D0 1E6 1F9
217 225 2C9 2DF 300 322 350 36B 38C 392 3D1 3E8 3ED 43D 490 495 49A 4F9 508 556 78 243 7E 80 44A 83 86 4FF 502 87 8E 1ED
91 94 98 9B 9F A2 A3 A7 231 3EE 3F0 4A0 95 9C A4 3F1 4AC A9 AA 4A2 AC AF AD AE B3 B4 56E B5 56F B7 B8 CF
104 120 146 14B 14C 151 15E 15F 179 17A 1B9 222 259 25A 268 269 27C 27E 2BF 2C6 389 3BA 3BB 3F4 48E 493 498 4D6 4DC 4DD 4E1 4E2
4EE 52E 52F 544 545 BA C5 2EB CC 235 327 D3 2AE 399 D4 D5 139 13A 140 141 180 181 195 23C 255 263 264 2A4 2A5 2AF 2B0 2F3
2F4 30A 329 32A 32E 32F 35E 35F 38F 39A 39B 3AC 3E3 3E4 3FF 42A 44C 44D 458 473 474 47D 47E 49C 49D 4AE 4AF 571 D7 2B3 39D D9
138 13D 13F 142 156 17F 182 193 1F6 218 21C 21E 262 265 26A 2A3 2A6 2B2 2F2 2F5 30B 318 328 32B 32D 330 34A 35D 362 39C 3AD 3E2
3E6 400 418 42C 433 434 44B 44E 459 465 475 47C 47F 49B 49E 4AD 4B0 4FD DC DD 4FE DE E3 E5 EA EC EF F0 F3 F4 F7 F8
FB 3FA E0 E7 E1 E8 E4 EB FC 101 FD FE FF 100 102 109 2BD 3A3 432 438 549 10F 172 110 173 175 1FB 114 117 119 11C 15D
118 11D 2EA 50E 136 137 13E 143 157 183 1F8 266 2A7 2B4 2F6 319 32C 331 337 34B 363 366 39E 3E7 402 41A 42D 435 44F 45A 466 476
480 4B1 542 57A 153 154 155 163 168 16F 281 285 4BD 4C0 4C2 4C3 4C5 4C7 4C8 4CB 4CD 4CE 4D0 4D2 164 165 170 282 283 4BE 4BF 4C6
4C9 4CA 4D1 166 167 169 16A 16E 16B 16D 16C 171 194 198 1A0 1A3 199 1A1 1A2 19A 3FB 51E 524 19D 358 359 422 426 19B 357 35B 424
425 52A 52B 19C 19E 35A 1A4 1A7 1A5 1A6 1A8 1BD 1C0 3BE 1BE 1BF 4E3 1D1 1D2 1D5 1D6 1D7 257 1DD 1DE 1DF 1EE 1EF 1F0 27D 1F1 2BE
52D 1F2 1F3 1F4 1F5 1F7 1FC 29D 1FD 1FE 1FF 20E 20D 20F 210 211 212 21D 226 227 228 22A 22B 232 485 23A 23B 249 24A 267 271 274
272 273 284 286 28D 28E 28C 290 28F 291 292 296 293 294 295 297 298 299 29A 46F 2C0 2C1 2D3 2D4 2D8 2DB 2D9 2DA 2E6 2E8 2E5 2E9
2E7 2EE 2F1 304 309 30C 3AE 323 325 326 333 334 332 335 336 351 35C 427 52C 365 364 375 376 377 378 379 37A 37B 3AA 3AB 456 457
3A9 3B0 3B1 3AF 3B2 3B3 3B4 3B7 3B8 4E5 562 568 3C7 3C8 3CA 3CB 3D3 3D4 3D2 3D7 3D8 3E5 3F2 3F5 3F3 3F6 408 409 40B 40A 420 421
423 428 429 436 455 46D 46E 470 49F 4A7 4A8 4AB 4A9 4AA 4C1 4C4 4CC 4CF 4E0 4E4 4F3 4F8 4FA 503 50A 50B 509 50C 50D 517 514 518
515 516 519 51A 51D 51F 523 51B 51C 520 521 525 528 530 526 527 557 55A 558 559 55E 55F 565 572 575 573
readsInSwift
1 1 1 1 1 1 1 0 1 1 1 1 1 1 1 0 1 1 0 0 1 1 0 1 1 1 1 1 1 1 1 1
1 1 1 1 0 1 1 1 1 1 1 1 1 1 1 1 1 1 1 0 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 0 0 0 0
0 0 0 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 0 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 0 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 0 0 0 0 0
0 0 0 0 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 0 0 0 0 0 0 0 0
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 0 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 0 1 1 1 1 1 0 0 0 0 0 0 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 0 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 0 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 0 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
0 0 0 0 0 0 0 0 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 0 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 0 0 0 0 0 0 0 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 0 1 1 1 1 1 1 1 0 0 0 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
digitZeros
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 660 660
660 660 660 660 660 30 30 30 30 30 30 30 30 30 30 30 660 660 660 660 30 30 30 30 660 660 660 660 660 660 660 660
660 660 660 9E6 9E6 9E6 9E6 9E6 9E6 9E6 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 966 966 966 966 966 966 966 966
966 966 966 966 30 30 30 30 30 30 9E6 9E6 9E6 9E6 9E6 9E6 9E6 9E6 9E6 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 11136 11136 11136 11136 11136 11136 11136 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 660 660 660 660 660 660 660 660 660 660 660 660 660
660 660 660 660 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 F20 F20 F20 F20 F20 F20 F20 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 6F0 6F0 6F0 6F0 6F0 6F0 6F0 6F0
30 30 30 30 30 30 1E950 1E950 1E950 1E950 1E950 1E950 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 6F0 6F0 6F0 6F0 6F0 6F0 6F0 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 6F0 6F0 6F0 6F0 6F0 6F0 6F0 6F0 6F0
6F0 6F0 6F0 6F0 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 9E6 9E6 9E6 9E6 9E6 966 966 966 966 966 966 966
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 1040 1040 1040 1040 1040 1040 1040 30 30 30 30 30 30 30
30 30 966 966 966 966 966 966 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 6F0 6F0 6F0 6F0 6F0 6F0 6F0 6F0 30 30 30 30 30
6F0 6F0 6F0 6F0 6F0 6F0 6F0 6F0 6F0 6F0 6F0 6F0 6F0 6F0 30 30 30 30 30 966 966 966 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 966 966 966 966 966 30 30 30 30 30 30 30 30 30 30 30
1C50 1C50 1C50 1C50 1C50 1C50 1C50 30 30 30 30 30 30 30 30 30 30 30 660 660 660 660 660 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 6F0
6F0 6F0 6F0 6F0 6F0 30 30 30 30 30 6F0 6F0 6F0 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
nameSlotStarts
0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 2 3 5 6 8
A B C E 10 12 14 15 16 18 19 1A 1B 1C 1D 1E 1F 20 21 22 22 23 25 27 28 29 2B 2C 2D 2F 30 31
32 34 35 36 38 39 3A 3B 3D 3E 3F 41 42 43 44 46 47 48 4A 4B 4C 4D 4F 50 51 53 54 55 56 57 59 5A
5C 5D 5F 60 62 63 64 66 67 68 69 69 6A 6B 6D 6E 6F 71 72 73 74 76 77 78 7A 7B 7C 7D 7F 80 81 81
83 84 85 86 88 89 8A 8C 8D 8E 8F 91 92 93 95 96 97 98 9A 9B 9C 9E 9F A0 A1 A3 A4 A5 A7 A8 A9 AA
AC AD AE B0 B2 B3 B4 B5 B7 B8 B8 B9 BA BC BD BE C0 C1 C2 C3 C4 C5 C6 C8 C9 CA CC CD CE CF D1 D2
D3 D5 D7 D8 D9 DA DC DD DE DF E1 E3 E4 E5 E7 E8 E9 EA EC ED EF F0 F1 F3 F5 F6 F8 F9 FA FC FD FF
100 100 100 101 103 104 106 107 107 107 108 10A 10B 10D 10E 10F 111 113 114 115 117 119 11A 11B 11D 11F 120 121 123 125 126 127
127 127 129 12A 12C 12D 12D 12D 12E 130 131 133 134 135 137 138 13A 13B 13C 13E 13F 141 142 143 145 146 148 149 14A 14C 14D 14F
150 151 152 154 155 157 158 159 15A 15C 15D 15F 160 161 163 164 166 167 168 16A 16B 16D 16E 16E 16F 171 172 173 173 173 175 176
178 179 17A 17C 17D 17F 180 181 182 184 185 187 188 189 189 189 18B 18C 18D 18F 191 192 193 195 196 198 199 19A 19C 19D 19F 1A0
1A1 1A2 1A4 1A5 1A7 1A8 1A9 1A9 1A9 1AB 1AC 1AE 1AF 1AF 1B0 1B2 1B4 1B5 1B6 1B8 1B9 1BA 1BB 1BD 1BE 1C0 1C1 1C2 1C2 1C2 1C4 1C5
1C7 1C8 1C9 1CB 1CC 1CE 1CF 1D0 1D2 1D3 1D5 1D6 1D7 1D9 1DA 1DC 1DD 1DE 1E0 1E1 1E3 1E4 1E5 1E5 1E5 1E6 1E8 1E9 1EB 1EC 1ED 1ED
1ED 1EE 1F0 1F2 1F3 1F5 1F6 1F7 1F9 1FA 1FC 1FD 1FE 200 201 203 204 205 207 208 20A 20B 20C 20E 210 211 212 213 215 216 218 219
21A 21C 21D 21F 220 221 223 224 226 227 228 22A 22B 22D 22E 22F 231 232 234 235 235 235 237 238 239 23B 23C 23D 23F 240 242 243
244 246 247 249 24A 24B 24D 24E 24F 251 252 254 255 257 258 259 25A 25B 25D 25F 260 261 262 264 265 266 267 268 269 26A 26C 26D
26F 271 272 274 275 276 278 279 27B 27D 27E 27F 281 282 284 285 286 287 289 28A 28C 28D 28E 290 291 293 294 295 295 297 298 29A
29B 29D 29E 29F 2A0 2A2 2A3 2A5 2A6 2A7 2A7 2A9 2AA 2AC 2AE 2AF 2B1 2B2 2B4 2B5 2B6 2B8 2B9 2BB 2BC 2BD 2BF 2C1 2C2 2C3 2C5 2C6
2C8 2C9 2CA 2CC 2CD 2CF 2D0 2D1 2D3 2D4 2D6 2D7 2D8 2DA 2DB 2DD 2DE 2DF 2E1 2E2 2E4 2E5 2E6 2E8 2E9 2EB 2EC 2ED 2EF 2F0 2F2 2F3
2F4 2F6 2F7 2F9 2FA 2FB 2FD 2FE 300 301 302 304 305 307 308 309 30B 30C 30E 30F 310 312 313 315 316 317 319 31A 31C 31D 31E 31F
321 322 324 325 326 326 328 329 32B 32C 32D 32F 330 332 333 334 334 336 337 339 33A 33B 33C 33E 33F 340 342 343 344 346 347 349
34A 34B 34D 34E 350 351 352 354 355 357 358 359 35B 35C 35E 360 361 362 362 364 366 367 369 36A 36B 36D 36E 370 371 373 374 376
377 378 37A 37C 37D 37F 380 381 382 384 385 387 388 389 38B 38C 38E 38F 391 392 394 395 396 398 399 39B 39C 39D 39F 3A0 3A2 3A4
3A5 3A7 3A8 3A9 3AB 3AC 3AE 3AF 3B0 3B1 3B3 3B4 3B6 3B7 3B8 3B8 3BA 3BC 3BD 3BF 3C0 3C1 3C3 3C4 3C6 3C7 3C8 3CA 3CB 3CD 3CE 3CF
3D1 3D2 3D4 3D5 3D6 3D7 3D9 3DA 3DC 3DD 3DE 3DF 3E1 3E2 3E4 3E5 3E6 3E6 3E6 3E8 3E9 3EB 3EC 3ED 3EE 3F0 3F1 3F3 3F4 3F6 3F7 3F9
3FA 3FB 3FD 3FE 400 401 402 404 405 407 408 409 40B 40C 40E 40F 410 412 413 415 416 417 418 41A 41B 41D 41E 41F 421 422 424 425
426 428 429 42B 42C 42D 42F 430 432 433 434 436 437 439 43A 43B 43D 43E 440 441 442 444 446 447 449 44A 44B 44B 44D 44E 450 451
452 452 452 454 455 457 458 459 45B 45C 45D 45F 460 462 463 464 466 467 469 46A 46C 46D 46F 470 471 471 472 474 475 477 478 47A
47B 47C 47E 480 481 482 484 485 487 488 489 48A 48C 48D 48F 490 491 492 494 495 497 498 499 49A 49C 49D 49F 4A0 4A1 4A3 4A5 4A6
4A8 4A9 4AA 4AC 4AD 4AF 4B0 4B1 4B3 4B4 4B6 4B7 4B8 4B9 4BB 4BC 4BE 4BF 4C0 4C2 4C3 4C5 4C6 4C7 4C9 4CA 4CC 4CD 4CE 4CE 4CE 4D0
4D1 4D3 4D4 4D5 4D7 4D8 4D9 4DB 4DD 4DE 4DF 4E0 4E2 4E3 4E5 4E6 4E7 4E9 4EA 4EC 4ED 4EE 4EE 4EE 4F0 4F1 4F3 4F4 4F6 4F7 4F9 4FA
4FB 4FD 4FE 500 501 502 502 504 505 506 508 509 50A 50C 50D 50F 510 512 513 515 516 517 519 51A 51C 51D 51E 520 521 523 524 525
526 528 529 52A 52C 52D 52E 530 531 533 534 535 536 538 539 53B 53C 53D 53F 540 542 543 544 544 544 546 548 549 54B 54C 54D 54F
550 552 553 554 554 556 558 559 55A 55C 55D 55E 55E 560 561 563 564 565 567 568 56A 56C 56D 56F 570 571 573 574 575 577 578 57A
57B 57C 57E 57F 581 582 584 585 586 588 589 58A 58C 58D 58E 590 591 593 594 595 597 598 59A 59B 59C 59D 59F 5A0 5A2 5A3 5A4 5A6
5A7 5A9 5AA 5AB 5AB 5AB 5AD 5AE 5B0 5B1 5B2 5B3 5B5 5B6 5B8 5B9 5BA 5BC 5BD 5BF 5C0 5C1 5C3 5C4 5C6 5C7 5C8 5CA 5CB 5CD 5CE 5CF
5D1 5D2 5D4 5D5 5D6 5D8 5D9 5DB 5DC 5DD 5DF 5E0 5E2 5E4 5E5 5E6 5E8 5E9 5EB 5EC 5ED 5EF 5F0 5F2 5F3 5F4 5F6 5F7 5F9 5FA 5FB 5FD
5FE 600 601 602 604 605 606 608 609 60B 60C 60D 60F 610 612 613 614 616 617 619 61A 61B 61C 61E 61F 621 622 623 625 626 628 629
62A 62C 62D 62F 631 632 634 635 637 639 63A 63B 63D 63E 640 642 643 645 646 648 64A 64B 64C 64D 64F 650 652 653 655 656 657 659
65A 65C 65D 65E 65F 661 662 664 665 666 668 669 66B 66C 66D 66E 670 672 673 674 676 677 678 678 67A 67C 67D 67F 680 681 683 684
686 687 688 68A 68B 68D 68E 68F 691 692 694 695 696 697 699 69A 69C 69D 69E 6A0 6A1 6A3 6A4 6A5 6A6 6A8 6A9 6AB 6AC 6AD 6AF 6B0
6B2 6B3 6B4 6B4 6B6 6B7 6B9 6BA 6BB 6BD 6BE 6C0 6C2 6C3 6C5 6C6 6C7 6C9 6CB 6CC 6CE 6CF 6D0 6D2 6D3 6D5 6D6 6D7 6D8 6DA 6DB 6DD
6DE 6DF 6E1 6E2 6E4 6E5 6E6 6E7 6E9 6EB 6EC 6EE 6EF 6F0 6F2 6F3 6F5 6F7 6F8 6FA 6FB 6FC 6FE 6FF 701 702 703 705 706 708 709 709
70B 70D 70E 70F 711 712 714 716 717 718 71A 71B 71C 71E 71F 720 721 723 724 725 726 727 728 72A 72B 72C 72E 72F
nameSlotLists
0 1 1 0 1 1 0 1 0 1 1 1 2 3 0 1 2 1 2 3 3 1 0 1 0 1 3 4 5 5 6 7
7 8 9 9 A 9 8 9 A B C C D E D E D C F 10 10 11 12 11 12 11 10 13 14 14 15 16
15 16 15 14 17 18 18 19 1A 19 1A 19 18 2 3 3 1B 0 1B 0 1B 3 1C 0 1C 1C 2 3 1B 0 1B 0
1D 1E 1E 1F 20 1F 20 1F 1E 21 21 22 23 23 24 25 24 25 24 23 26 27 27 28 29 28 29 28 27 2A 2B 2B
2C 2D 2C 2D 2C 2B 2E 2F 2E 30 30 31 31 30 2E 32 33 33 34 35 34 35 34 33 36 37 37 38 39 38 39 38
37 36 3A 3A 3B 3C 3B 3C 3B 3A 3D 3E 3E 3F 40 3F 41 3E 40 3F 3E 42 43 43 44 43 45 46 46 47 48 47
48 47 46 4 49 49 4A 4B 4B 4C 4D 4C 4D 4C 4B 4E 4F 4F 50 51 50 4E 4F 51 50 4F 52 53 53 54 54 55
54 52 53 53 55 56 57 57 58 58 59 58 59 5A 5B 5B 5C 5D 5C 5A 5B 5D 5E 5F 5E 60 61 60 61 62 63 63
63 62 63 62 62 63 63 63 62 63 62 62 64 64 64 62 64 62 65 65 65 62 65 62 66 66 66 62 66 62 67 67
67 62 67 62 68 68 68 62 68 62 69 6A 6A 6B 6C 6B 6C 6D 6E 6E 6F 70 6F 70 71 72 72 73 74 73 74 75
76 75 77 77 78 78 79 7A 79 7B 7B 7C 7C 7D 7E 7E 7F 7F 80 7F 80 81 82 82 83 83 84 83 84 85 86 86
87 85 87 85 88 89 89 8A 8B 8A 8B 8C 8D 8D 48 8E 8F 8E 8E 8E 8F 8F 90 91 90 90 90 91 91 92 93 93
94 94 95 94 95 96 97 97 98 99 98 99 9A 99 9A 9B 9C 9B 9D 9D 9E 9E 9F A0 A0 A1 A2 A1 A2 A3 A4 A3
A5 A5 A6 A5 A6 A7 A8 A8 A9 AA A9 AA AB AC AC AD AE AD AB AC AC AE AF B0 B0 B1 B1 B2 B1 B2 B3 B4
B4 B5 B6 B5 B6 B7 B8 B7 B9 B9 BA BA BB BC BC BD BE BD BE BF C0 C0 C1 C2 C1 C2 C3 C4 C4 C5 C6 C5
C6 C7 C8 C7 C7 C7 C8 C7 C8 C9 C8 C9 C9 C9 C8 C9 C8 C9 C9 CA CB CB CC CD CC CD CE CF CF D0 D1 D0
D1 D2 D3 D3 D4 D5 D4 D5 B D6 D6 D7 E D7 D8 D9 D9 DA DA DB DA DB DC DD DD DE DF DE DF E0 E1 E1
E2 E3 E2 E3 E4 E5 E5 E6 E7 E6 E7 E8 E9 E9 EA EB EA EB EC ED ED EC ED ED EF F0 F1 F1 F2 F3 F2 F3
F4 F5 F5 F6 F7 F6 F7 F8 F9 F9 FA FB FA FB 1B 2 3 3 0 1B 0 0 1B 0 0 1B 1B 0 1B FC FD FD
FE FE FE FF FD FF 16 15 15 16 13 14 14 13 14 16 15 16 13 100 100 101 16 101 102 16 102 103 104 104 105 106
104 106 107 108 107 109 109 109 10A 10A 10B 10C 10C 10D 10E 10D 10E 10F 110 10F 10F 10F 110 110 111 110 111 112 113 113 114 114
115 114 115 116 117 117 117 118 117 118 119 BC 11A BD 11A 11B 11C 11C 11D 3B 11D 11E 12 11E 12 F 10 12 11F 12 11F 120
121 121 122 123 122 123 124 125 125 126 127 126 127 128 129 129 12A 12B 12A 12B 12C 12D 12D 12E 12F 12E 12F 130 131 131 132 133
132 133 134 135 135 136 137 136 137 138 139 139 13A 13B 13A 13B 13C 13D 13D 13E 13F 13E 13F 140 141 140 142 142 143 143 144 145
145 146 146 147 147 148 149 149 14A 14B 14A 14B 14C 14D 14D 14E 14F 14E 14F 150 151 151 152 153 152 153 154 3 3 1 1 155
1 155 A7 156 156 157 AA 157 AA 158 159 159 15A 15B 15A 15B 15C 15D 15C 15E 15E 15F 15F 160 161 160 162 162 162 163 160 163
164 165 165 166 167 166 167 168 169 169 16A 16B 16A 16B 16C 16D 16C 16C 16C 16E 16E 16F 170 170 171 172 171 172 22 23 173 174
174 174 174 173 173 174 173 175 176 176 177 178 177 178 179 4F 17A 17B 17A 17B 17C 17D 17D 17E 17F 17E 17C 17D 17F 180 181 181
182 182 183 182 183 184 185 185 186 187 186 187 188 189 189 18A 177 18A 18B 18C 18C 18D 18E 18D 18E 18F 190 190 191 192 191 192
193 D9 194 DA 194 195 196 196 197 198 197 198 199 19A 199 19B 19B 19B 19C 19C 19D 19E 19E 19E 19D 19E 19D 19E 19D 19F 1A0 19F
1A1 1A1 1A2 1A2 1A3 1A4 1A4 1A5 1A6 1A5 1A6 1A7 1A8 1A8 1A8 1A9 1A8 1A9 1AA 1AB 1AB 1AC 1AC 1AD 1AC 1AD 1AE 1AF 1AF 1AF 1AF 1AF
1AE 1AE 1B0 1B1 1B1 1B1 1B2 1B1 1B2 1B3 1B4 1B4 1B4 1B4 1B4 1B3 1B3 1B5 1B6 1B6 1B7 177 1B7 1B8 1B9 1B9 1BA 1BB 1BA 1BB 1BC 1BD
1BD 1BE 1BF 1BE 1BF 1C0 1C1 1C0 1C2 1C2 1C3 1C3 1C4 1C5 1C4 1C6 1C6 1C7 1C7 B7 1C8 B7 1C9 1C9 1C9 1CA 1CA 1CB 1CC 1CC 1CD 1CE
1CD 1CE 1CF 1D0 1D0 1D1 1D2 1D1 1D2 1D3 1D4 1D4 1D5 1D6 1D5 1D6 1D7 1D8 1D8 1D8 1D8 1D7 1D7 1D9 1DA 1DA 1DB 1DC 1DB 1DC 1DD 1DE
1DE 1DF 1E0 1DF 1DD 1DE 1E0 1E1 0 1E1 1E1 1E1 0 0 1E2 0 1E2 1E2 1E2 0 0 1E3 1E4 1E3 1E5 1E6 1E7 1E7 1E8 1E9 1E8 1E9
1EA 1EB 1EB 1EC 1ED 1EC 1ED 1EE 6E 1EF 1F0 1EF 1F0 1F1 1F2 1F2 1F3 1F3 1F4 1F3 1F4 1F5 1F6 1F6 1F7 1F8 1F8 1F9 178 1F9 1FA 1FB
1FB 1FC 1FD 1FC 1FD 1FE 1FF 1FF 200 200 201 200 201 202 203 203 204 204 205 204 205 206 207 207 208 208 209 208 209 20A 20B 20B
20C 20C 20A 20A 20B 20A 20D 20E 20E 20F 210 20F 210 211 212 212 213 214 213 214 215 216 215 217 217 217 218 218 219 21A 219 21B
21B 21C 21C 21D 21E 21D 21D 21D 21E 21E 21F 220 220 221 222 221 222 223 224 224 225 226 225 226 224 223 224 227 228 228 229 229
22A 229 22A 22B 22C 22C 22D 22E 22D 22E 22F 230 22F 231 231 230 230 232 233 233 234 1 234 235 236 236 237 238 237 238 239 23A
239 239 239 23B 23B 29 23C 23D 23D 23E 23F 23E 23F 240 3A 241 242 241 242 243 244 244 244 243 244 243 245 246 246 247 248 247
248 249 24A 24A 24B 24B 24B 24C 24A 24C 24D 24E 24E 24E 24F 24E 24F 250 251 251 252 252 253 252 253 254 255 255 256 257 256 257
258 259 259 259 259 258 258 259 258 25A 25B 25B 25C 25D 25C 25D 25E 25F 25F 25F 25F 25E 25F 25E 25F 25E 25E 260 260 260 260 25E
25E 261 262 262 263 264 263 264 90 150 90 150 150 265 266 266 267 268 269 269 26A 26B 26A 26B 26C 26D 26D 26E 26F 26E 26F 270
26E 270 271 272 272 273 274 273 274 1A 275 276 275 277 277 278 278 279 27A 27A 27B 153 27B 153 27C 27D 27C 27E 27E 27E 27F 27F
280 281 281 282 283 282 283 284 285 285 286 286 287 287 288 289 289 28A 28A 28B 28A 28B 28C 28D 28D 28E 28F 28E 28F 290 291 291
291 291 290 290 292 293 293 294 295 294 295 296 297 296 298 298 299 299 29A 296 296 29B 29C 29B 29C 29D 29E 29E 29F 2A0 29F 2A0
2A1 D9 2A2 2A3 2A3 2A4 2A5 2A4 2A5 2A6 2A7 2A7 2A8 2A9 2A8 2A9 2AA 2AB 2AB 2AC 2AD 2AC 2AD 2AE 2AF 2AE 2B0 2B0 2B1 2B1 2B2 2B3
2B3 2B4 2B5 2B6 2B6 2B7 2B8 2B7 2B8 2B9 2BA 2BA 2BB 2BC 2BB 2BC 2BD 2BE 2BD 2BF 2BF 2C0 2C0 2C1 2C2 2C2 2C3 2C3 2C4 2C3 2C4 2C5
2C6 2C6 2C7 2C8 2C7 2C8 2C9 2CA 2CA 2CB 2CC 2CB 2CC AB 2CA AE 2CB AE 2CD 2CA 2CE 2CC 2CE 2CF 2D0 2D0 2D1 2D2 2D1 2D2 A7 2D0
AA 2D1 AA 2D3 2D0 2D4 2D2 2D4 2D5 2D6 2D6 2D7 2D7 2D8 2D7 2D8 6D 177 6D 2D9 2DA 2DA 2DB 2DC 2DB 2DC 2DD 2DE 2DD 2DF 2DF 2DF
2E0 2E0 2E1 2E2 2E2 2E3 2E4 2E3 2E4 2E5 2E6 2E6 2E7 2E7 2E8 2E7 2E5 2E6 2E6 2E8 2E9 2EA 2EA 2EB 2EC 2EB 2E9 2EA 2EC 2ED 2EE 2EE
2EF 2EF 2F0 2F0 2F1 2F2 2F1 2F3 2F3 2F4 2F4 2F5 2F6 2F6 2F7 2F8 2F7 2F8 2F9 2FA 2F9 2FB 2FB 2FB 2FC 2FC 2FD 2FE 2FE 2FF 300 2FF
300 301 302 301 301 301 301 303 303 304 305 305 305 304 305 304 304 305 305 305 304 305 304 306 307 307 308 309 308 309 1E1 110
1E1 30A 30A 30B 30C 30C B9 30D B9 30B 30C 30D 30E 30F 30F 310 30E 310 30E 311 312 312 312 312 311 312 311 313 314 314 315 316
315 316 317 318 319 318 318 31A 318 317 319 31A 31B 31C 31C 31D 31E 31D 31E 31F 1D4 320 1D5 320 321 322 322 323 324 323 324 325
326 326 326 325 326 325 327 328 328 329 328 327 32A 32A 329 32B 32C 32C 32D 32C 32B 32E 32E 32D 32F 330 330 331 332 331 332 4
4 333 2A7 2A8 5 5 49 49 334 335 335 336 337 336 337
unshaped
7
lineStarts
0 2F 5C 8B B8 E7 114 150 16A 1A8 1E8 230 25F 293 2C2 2EF 31E 34D 37A 3A9 3D6 405 432 45F 48E 4BB 4EA 523 551 589 5B6 5F4
631 65F 68C 6C6 6FE 73D 779 7A4 7CE 807 83B 854 86E 8AB 8E6 910 94D 992 9C6 A12 A46 A7C AC8 B0B B42 B8B BC9 BF5 C1F C5A C8F CAE
CCE D02 D29 D4F D80 DB2 DCC DE7 E42 E8B EB1 EE7 F1C F36 F62 FB6 FF8 1039 108A 10DC 10F6 1111 114B 1174 119D 11D5 120E 122B 1248 1271 12A9 12C6
1305 132F 136C 13A3 13FE 1447 148F 14E7 151E 1549 1575 159D 15D6 1610 1644 166B 1691 16C2 16F2 170C 1727 175B 1782 17A8 17D9 1809 1823 183E 1877 189E 18C4 18EA
1920 1956 1970 198B 19BF 19E6 1A0C 1A3D 1A6D 1A87 1AA2 1AD6 1AFD 1B23 1B54 1B8B 1BA5 1BC0 1C0F 1C3B 1C66 1C9C 1CCC 1CEB 1D0B 1D44 1D70 1D9B 1DD1 1E01 1E20 1E40
1E79 1EA5 1ECF 1F05 1F3D 1F6D 1F8C 1FAC 1FE5 2011 2040 207A 209A 20EE 2130 2171 21C2 21F9 2213 222E 2275 22BB 22FD 233B 2367 2392 23CD 2403 241D 2438 2472 2499
24BF 24F5 252D 2562 257C 2597 25CC 25F4 261B 2640 2671 26A4 26CA 26FC 2731 2759 2785 27AB 27DD 280E 2848 286F 2895 28D0 2908 293D 2976 299D 29C3 29FD 2A36 2A75
2AA0 2ADD 2B18 2B41 2B7D 2BCA 2C08 2C32 2C6E 2CA8 2CD0 2D0B 2D57 2D96 2DC1 2DEA 2E26 2E69 2E98 2EC5 2F05 2F44 2F6F 2F98 2FD4 3017 3046 3073 30B3 3105 3143 3180
31D1 321D 326C 32CB 330F 3340 336B 3394 33BE 33FA 3436 3472 349B 34C3 3501 3538 3585 35BF 35E7 3620 3657 3692 36BA 36E1 3719 3751 3791 37BE 37EA 3827 3864 389B
38C4 38F1 3918 394C 397E 39D4 3A17 3A59 3A7F 3AB7 3AED 3B29 3B52 3B7A 3BB8 3BEF 3C2B 3C54 3C7C 3CBA 3CF1 3D47 3D8A 3DCB 3E1C 3E5C 3E89 3EB5 3EE1 3F0A 3F47 3F84
3FC4 3FF1 401D 405A 4097 40CD 40F5 4121 4147 417A 41AB 41EF 4220 4250 4279 42A1 42E2 431C 434F 4393 4401 449C 4506 453E 4576 45AC 45D4 45FB 462E 4661 469D 46CB
46F8 471F 475D 4794 47D9 480B 483C 4870 4899 48DB 4916 4961 4999 49CA 4A00 4A48 4A91 4AC7 4B09 4B55 4B8E 4BB5 4BEC 4C24 4C5A 4CA1 4CD5 4D08 4D34 4D5F 4DA3 4DE0
4E1B 4E43 4E6A 4EA2 4EDA 4F1B 4F49 4F76 4FB4 4FEB 5027 5050 5078 50B6 50ED 512E 515C 5189 51C7 51FE 523E 5279 52A5 52D1 52FA 5333 5380 53BD 540D 5458 5494 54D4
54FF 553A 5589 55DA 5616 566C 56AF 56F1 5744 5797 57D2 57FA 5821 5859 588F 58CB 58F4 591C 595A 5991 59D3 5A03 5A31 5A70 5AA7 5AD0 5AFD 5B24 5B58 5B8A 5BCB 5BF9
5C26 5C64 5C9B 5CDC 5D0A 5D36 5D74 5DAB 5DE2 5E0B 5E33 5E67 5E99 5ED0 5EF9 5F21 5F55 5F87 6027 60B9 60E4 610C 61AA 623A 6274 62B0 62D9 6301 633F 6376 63C7 6405
6447 6484 64BA 64F0 6518 653F 6572 65A3 65CD 6608 6632 666B 66A4 66D7 6710 6749 6773 67A1 67DF 6837 6860 6888 68AE 68E6 690D 6945 6979 69C3 69FD 6A32 6A8C 6AD9
6B31 6B8C 6BC1 6C20 6C6D 6C97 6CD1 6CFB 6D35 6D75 6DA2 6DCE 6E0C 6E42 6EBC 6F23 6F78 6FAF 6FF8 702E 7065 708E 70B6 70EA 711C 715A 7185 71AF 71D7 7212 7246 7287
72B5 72EB 7313 733F 7365 7398 73C9 7413 744F 748A 74BA 750A 754F 7590 75CE 7605 7645 7672 76A9 76DC 7706 773B 7770 77AC 77E6 7810 7845 78A3 78F3 791A 794E 7985
79BB 79E3 7A0A 7A3D 7A6E 7AA4 7ACC 7AF3 7B26 7B59 7BA0 7BD4 7BFB 7C33 7C69 7CC6 7D10 7D59 7DB3 7DE9 7E2A 7E58 7E7F 7EBD 7EF4 7F34 7F61 7F8D 7FCA 8000 803C 8065
808D 80CB 8102 813D 8165 818C 81C4 81FC 8237 8264 8290 82C8 82FE 833A 8363 838B 83C4 83FB 843D 846C 849A 84D9 850F 854A 8572 8599 85D1 8607 864A 867A 86AA 86D8
8718 8753 8798 87CA 87FB 8831 8873 88BA 88FB 8929 8955 8993 89CA 8A0F 8A41 8A72 8AA8 8AEA 8B31 8B7D 8BBC 8BFA 8C36 8C7F 8CBC 8D04 8D5C 8D95 8DBC 8DEF 8E22 8E5D
8E85 8EAC 8EE4 8F1A 8F55 8F7D 8FA4 8FDC 9014 9054 9081 90AD 90EA 9120 915C 9199 91C2 91EA 920F 9248 9283 92BC 92F8 9321 9349 9387 93BE 93F8 941F 9457 948F 94D0
94FD 9529 9566 95A5 95DB 9612 963B 9668 968F 96C3 96F5 9731 975A 9782 97C0 97F7 9833 985C 989A 98D1 992F 997A 99A2 99DB 9A14 9A66 9AA5 9AE3 9B32 9B6B 9BA2 9BD6
9C08 9C43 9C6B 9C92 9CCF 9D05 9D5B 9D9E 9DE1 9E22 9E75 9EAD 9EE5 9F0E 9F36 9F5E 9F92 9FC8 9FFC A037 A05F A086 A0BE A0F6 A132 A15B A183 A1C1 A1F8 A22E A256 A27D
A2B0 A2E1 A321 A34E A37A A3A0 A3DD A413 A44A A473 A49B A4C2 A4FB A532 A576 A5A7 A5D7 A600 A628 A669 A6A3 A6E3 A710 A73C A76C A7A9 A7E6 A822 A84B A889 A8C0 A8F7
A920 A948 A97C A9AE AA01 AA2F AA61 AA9F AAD3 AB0E AB36 AB5D AB95 ABCD AC08 AC30 AC57 AC8F ACC7 AD1A AD5A AD99 ADD2 AE1D AE55 AE91 AEBA AEE2 AF20 AF57 AF97 AFC4
AFF0 B02D B063 B09E B0C6 B0ED B12A B160 B1A1 B1CF B1FC B235 B26E B2A4 B2CC B2F3 B326 B357 B3B9 B3E1 B408 B440 B47A B4B0 B4FB B535 B56E B5AB B5F3 B63F B680 B6B0
B6DF B70E B73A B778 B7B6 B813 B85D B895 B8CB B8F3 B91A B94D B97E B9BA B9E3 BA0B BA49 BA80 BABC BAE4 BB22 BB59 BBB9 BC06 BC52 BC7C BCBD BD10 BD4C BD88 BDB1 BDED
BE16 BE3E BE7C BEB8 BEE1 BF09 BF47 BF7E BFB5 BFDE C00B C032 C066 C098 C0CE C0F6 C11D C143 C176 C1A7 C1E3 C20C C234 C260 C29E C2D5 C312 C33B C363 C39C C3D7 C410
C44B C473 C49A C4D2 C50A C545 C56D C5AE C601 C637 C677 C6A4 C6D0 C6F6 C72E C764 C7FD C859 C8B4 C920 C958 C99D C9CF CA00 CA42 CA7D CAC1 CAF2 CB22 CB4B CB73 CBB4
CBEE CC29 CC51 CC78 CCB0 CCE6 CD12 CD51 CDA6 CDE8 CE10 CE55 CEAC CEE2 CF19 CF42 CF6A CF9E CFD0 D01D D053 D088 D0B2 D0DB D125 D164 D1A0 D1C9 D205 D23C D277 D29F
D2C6 D303 D339 D378 D3A4 D3CF D3F8 D434 D470 D4A3 D4DA D503 D52B D55F D591 D5CB D5F7 D62F D660 D6DD D742 D76F D7E9 D861 D898 D8C1 D8E9 D924 D95D D99D D9C6 D9EE
DA14 DA4C DA73 DAAB DAEB DB18 DB44 DB81 DBB7 DC14 DC5E DCA3 DCEB DD23 DD5B DD96 DDBE DDE5 DE1D DE53 DE98 DEC9 DEF9 DF29 DF56 DF97 DFDA E01B E057 E080 E0A8 E0E1
E118 E177 E1C8 E200 E23A E283 E2CE E306 E353 E3A8 E3EF E41D E449 E488 E4C7 E507 E52F E556 E593 E5CB E60B E648 E685 E6D6 E6FE E736 E76C E794 E7BB E7EE E81F E85A
E882 E8A9 E8E1 E919 E954 E98F E9CB E9F4 EA1C EA5A EA91 EACA EB05 EB2D EB54 EB8C EBC4 EC03 EC2F EC5A EC96 ECD0 ED53 ED81 EDAE EDD5 EE0E EE47 EE83 EEAC EED4 EF12
EF49 EF8A EFB8 EFE5 F010 F03A F078 F0B6 F0F2 F11B F143 F16A F1A8 F1DF F248 F2A3 F2DB F31F F352 F396 F3C2 F3ED F429 F465 F4AA F4DC F50D F54F F58A F5C5 F5ED F614
F64C F684 F6BD F6E8 F712 F748 F77E F7DC F827 F871 F8CC F905 F93C F972 F99A F9C6 F9F9 FA2A FA61 FA8A FAB7 FAEB FB1D FB59 FB87 FBB9 FBF2 FC29 FC64 FC8C FCB3 FCEB
FD21 FD5C FD89 FDC4 FE04 FE31 FE5D FE9A FEDA FF1B FF49 FF76 FFB4 FFE6 10021 10049 10070 100A8 100E0 10120 1014D 10175 101A0 101DD 10213 1024E 10276 1029D 102D5 1030B 10350 10382
103B2 103F4 10439 10486 104D0 1051D 1056A 105A2 105EC 10636 1066D 106A2 106E9 10733 10780 107CA 10817 10864 1089C 108E6 10921 10949 10970 1099B 109D3 10A09 10A41 10A77 10AB7 10AE4 10B10 10B4D
10B83 10BC3 10BF0 10C1C 10C47 10C84 10CBA 10CF6 10D1F 10D47 10D85 10DBC 10DF8 10E21 10E49 10E74 10EB1 10EEB 10F12 10F48 10FAD 10FD4 10FFA 1101D 1104F 1109B 110CB 1110A 11132 11159 11191 111CB
11201 11229 11250 11283 112B6 112EC 11314 1133B 1136E 1139F 113FC 11446 1148F 114D7 11531 11569 115A5 115CE 115F6 11634 1166B 116A8 116D7 11705 1172B 11765 1179D 117E1 11810 1183E 1187F 118B7
11902 11938 1196D 11999 119E1 11A20 11A60 11A8D 11AB9 11AF6 11B2E 11B7F 11BCD 11C1F 11C65 11C97 11CC8 11D0A 11D4E 11D8B 11DC7 11DF0 11E18 11E56 11E8D 11ECE 11EFC 11F29 11F55 11F98 11FD4 12015
12043 12070 120AE 120E7 12126 12153 1217F 121A5 121DD 1221C 12254 12294 122C1 122ED 1232A 12360 1239C 123DA 12411 12448 12471 12499 124CD 124FF 12548 1257E 125B3 125F9 1262F 12669 12690 126B6
126F8 12732 12759 1278F 127CC 127F6 1283B 12878 128A2 128DB 12917 12940 12968 129A1 129DA 12A1B 12A58 12A8F 12AB6 12AFA 12B46 12B8A 12BCF 12C0F 12C3C 12C68 12CA5 12CDD
weekdayLists
1 0 1 0 1 1 1 1 1 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 0 0 1 0 0
1 1 1 0 0 1 1 0 0 1 1 0 0 1 0 1 0 1 1 0 0 1 1 0 0 1 0 0 1 1 0 0
1 1 1 0 1 1 0 0 1 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 0 1
0 1 1 0 0 0 0 0 0 1 0 0 1 1 0 0 1 1 0 0 1 0 1 0 1 0 1 0 1 1 0 0
1 1 0 0 1 1 0 0 1 0 0 1 1 0 0 1 0 1 1 0 0 1 1 0 0 1 0 0 1 0 1 1
0 0 1 0 1 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 0 1 0 1 1 0 0 1 1
0 0 1 1 0 0 1 0 1 0 1 0 0 1 1 0 0 1 1 0 0 1 0 0 1 0 0 1 1 0 0 1
1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1
0 0 0 1 0 0 1 0 1 0 1 1 0 0 1 0 1 0 1 0 0 1 1 0 1 1 1 1 0 1 0 0
1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1
0 1 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 1 0 0 1 0 0 1 0 1 0 1
0 1 0 1 1 0 0 1 1 0 0 1 0 1 1 1 0 0 1 1 0 1 0 0 1 1 0 1 1 0 0 1
1 0 0 1 1 0 0 1 1 0 1 1 0 0 1 1 0 0 1 1 1 1 0 0 1 0 1 0 1 1 0 0
1 0 1 1 0 0 1 1 0 1 1 0 0 1 1 0 1 0 1 1 0 1 0 1 1 0 0 1 1 0 0 1
0 1 0 1 0 1 0 1 1 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 1 0 0 1 1 0 0
1 0 0 0 1 1 1 0 0 1 1 0 0 1 1 0 1 1 0 0 1 1 0 1 0 0 1 0 0 1 1 0
0 1 1 0 0 1 1 0 0 1 1 0 0 1 0 0 1 1 0 0 1 0 1 0 1 0 1 0 1 0 1 1
0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 0 1 0 1 0 1 1 0 0 1 0 1 1 1 0 0 1
1 0 1 1 0 1 0 0 1 1 0 0 1 1 0 1 1 0 0 1 1 0 0 1 1 0 1 0 0 1 1 0
0 1 0 0 1 1 0 1 1 0 0 1 1 0 0 1 1 1 0 0 1 0 1 0 1 1 0 0 0 1 0 1
1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 1 0 0 1 0 1 0 1 1 0 1 1 0 0
1 1 1 0 0 1 1 0 0 1 1 0 0 1 0 1 0 1 1 0 1 1 0 0 1 1 0 0 1 0 1 0
1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 1 0 0 1 1 0 1 0 0 1 1 0 0 1 0 1 0
1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 0 1 0 1 1 0 0 1 0 1 0 1 1 0 0
1 0 1 1 1 0 1 0 0 1 1 1 0 1 1 0 0 1 0 1 0 0 1 1 0 0 1 1 0 0 1 1
1 1 0 0 1 1 0 1 0 1 0 1 0 1 0 1 0 0 1 1 1 0 0 1
"""

    /// `DateRecognizer.computedPatternLocales()` for that version: pattern, locales.
    static let embeddedPatternLocaleList: [(String, String)] = [
        ("'ly\u{25B}'\u{30C}\u{2BC} d 'na' MMMM, y", "nnh nnh_CM"),
        ("EEEE 'den' d. MMMM y", "da da_DK da_GL"),
        ("EEEE 'le' d 'de' MMMM y", "ia ia_001"),
        ("EEEE , 'ly\u{25B}'\u{30C}\u{2BC} d 'na' MMMM, y", "nnh nnh_CM"),
        ("EEEE d 'de' MMMM 'de' 'su' y", "sc sc_IT"),
        ("EEEE d 'di' MMMM 'dal' y", "fur fur_IT"),
        ("EEEE d MMMM y", "agq agq_CM bas bas_CM bm bm_ML br br_FR dje dje_NE dua dua_CM dyo dyo_SN el el_CY el_GR en_IE en_MV ewo ewo_CM ff ff_Latn ff_Latn_BF ff_Latn_CM ff_Latn_GH ff_Latn_GM ff_Latn_GN ff_Latn_GW ff_Latn_LR ff_Latn_MR ff_Latn_NE ff_Latn_NG ff_Latn_SL ff_Latn_SN fr fr_BE fr_BF fr_BI fr_BJ fr_BL fr_CA fr_CD fr_CF fr_CG fr_CI fr_CM fr_DJ fr_DZ fr_FR fr_GA fr_GF fr_GN fr_GP fr_GQ fr_HT fr_KM fr_LU fr_MA fr_MC fr_MF fr_MG fr_ML fr_MQ fr_MR fr_MU fr_NC fr_NE fr_PF fr_PM fr_RE fr_RW fr_SC fr_SN fr_SY fr_TD fr_TG fr_TN fr_VU fr_WF fr_YT fy fy_NL ga ga_GB ga_IE it it_IT it_SM it_VA kab kab_DZ khq khq_ML km km_KH kok kok_IN ksf ksf_CM ln ln_AO ln_CD ln_CF ln_CG lu lu_CD mfe mfe_MU mg mg_MG mua mua_CM nl nl_AW nl_BE nl_BQ nl_CW nl_NL nl_SR nl_SX nmg nmg_CM nus nus_SS rn rn_BI se_FI ses ses_ML sg sg_CF shi shi_Latn shi_Latn_MA shi_Tfng shi_Tfng_MA sv sv_AX sv_FI sv_SE to to_TO twq twq_NE yav yav_CM zgh zgh_MA"),
        ("EEEE d MMMM, y", "ha ha_GH ha_NE ha_NG"),
        ("EEEE d MMMM\u{2E41} y", "ff_Adlm ff_Adlm_BF ff_Adlm_CM ff_Adlm_GH ff_Adlm_GM ff_Adlm_GN ff_Adlm_GW ff_Adlm_LR ff_Adlm_MR ff_Adlm_NE ff_Adlm_NG ff_Adlm_SL ff_Adlm_SN"),
        ("EEEE d. MMMM y", "cs cs_CZ nb nb_NO nb_SJ nn nn_NO no sk sk_SK"),
        ("EEEE dd 'de' MMMM 'de' y", "es_HN"),
        ("EEEE dd MMMM y", "af af_NA af_ZA kkj kkj_CM"),
        ("EEEE \u{62F} G y \u{62F} MMMM d", "ps ps_AF"),
        ("EEEE \u{62F} y \u{62F} MMMM d", "ps_PK"),
        ("EEEE \u{E97}\u{EB5} d MMMM G y", "lo lo_LA"),
        ("EEEE, 'd\u{E4}' d. MMMM y", "ksh ksh_DE"),
        ("EEEE, 'ils' d MMMM y", "rm rm_CH"),
        ("EEEE, MMMM d 'lia' y", "ee ee_GH ee_TG"),
        ("EEEE, MMMM d, y", "ceb ceb_PH chr chr_US en en_AS en_BI en_CA en_GU en_MH en_MP en_PH en_PR en_UM en_US en_US_POSIX en_VI fil fil_PH kn kn_IN ks ks_Arab ks_Arab_IN lkt lkt_US om om_ET om_KE or or_IN sd sd_Arab sd_Arab_PK sd_Deva sd_Deva_IN so so_DJ so_ET so_KE so_SO xh xh_ZA zu zu_ZA"),
        ("EEEE, d 'de' MMMM 'de' y", "es es_419 es_AR es_BO es_BR es_BZ es_CL es_CO es_CR es_CU es_DO es_EA es_EC es_ES es_GQ es_GT es_IC es_MX es_NI es_PA es_PE es_PH es_PR es_PY es_SV es_US es_UY es_VE gl gl_ES pt pt_AO pt_BR pt_CH pt_CV pt_GQ pt_GW pt_LU pt_MO pt_MZ pt_PT pt_ST pt_TL seh seh_MZ"),
        ("EEEE, d 'di' MMMM 'di' y", "kea kea_CV"),
        ("EEEE, d 'ne' MMMM, y", "kgp kgp_BR"),
        ("EEEE, d 'ta'\u{2019} MMMM y", "mt mt_MT"),
        ("EEEE, d MMM y", "yo yo_BJ yo_NG"),
        ("EEEE, d MMM, y", "wo wo_SN"),
        ("EEEE, d MMMM 'de' y", "ast ast_ES ca ca_AD ca_ES ca_FR ca_IT"),
        ("EEEE, d MMMM y", "asa asa_TZ bem bem_ZM bez bez_TZ cgg cgg_UG cy cy_GB dav dav_KE ebu ebu_KE en_001 en_150 en_AE en_AG en_AI en_AT en_AU en_BB en_BE en_BM en_BS en_CC en_CH en_CK en_CM en_CX en_CY en_DE en_DG en_DK en_DM en_ER en_FI en_FJ en_FK en_FM en_GB en_GD en_GG en_GH en_GI en_GM en_GY en_HK en_IL en_IM en_IO en_JE en_JM en_KE en_KI en_KN en_KY en_LC en_LR en_LS en_MG en_MO en_MS en_MT en_MU en_MW en_MY en_NA en_NF en_NG en_NL en_NR en_NU en_NZ en_PG en_PK en_PN en_PW en_RW en_SB en_SC en_SD en_SE en_SG en_SH en_SI en_SL en_SS en_SX en_SZ en_TC en_TK en_TO en_TT en_TV en_TZ en_UG en_VC en_VG en_VU en_WS en_ZM fr_CH guz guz_KE haw haw_US hi hi_IN ig ig_NG it_CH jmc jmc_TZ jv jv_ID kam kam_KE kde kde_TZ ki ki_KE kln kln_KE ks_Deva ks_Deva_IN ksb ksb_TZ lag lag_TZ lg lg_UG luo luo_KE luy luy_KE mai mai_IN mas mas_KE mas_TZ mer mer_KE mgh mgh_MZ mi mi_NZ mk mk_MK ms ms_MY ms_SG naq naq_NA nd nd_ZW nyn nyn_UG pa pa_Guru pa_Guru_IN pcm pcm_NG pl pl_PL ro ro_MD ro_RO rof rof_TZ rwk rwk_TZ sa sa_IN saq saq_KE sat sat_Olck sat_Olck_IN sbp sbp_TZ sq sq_AL sq_MK sq_XK su su_Latn su_Latn_ID sw sw_CD sw_KE sw_TZ sw_UG teo teo_KE teo_UG tzm tzm_MA vai vai_Latn vai_Latn_LR vai_Vaii vai_Vaii_LR vun vun_TZ xog xog_UG yrl yrl_BR yrl_CO yrl_VE"),
        ("EEEE, d MMMM y\u{202F}'\u{433}'.", "be be_BY bg bg_BG ru ru_BY ru_KG ru_KZ ru_MD ru_RU ru_UA"),
        ("EEEE, d MMMM y\u{202F}'\u{440}'.", "uk uk_UA"),
        ("EEEE, d MMMM y\u{202F}'\u{4AB}'.", "cv cv_RU"),
        ("EEEE, d MMMM, y", "as as_IN bn bn_BD bn_IN ccp ccp_BD ccp_IN en_IN gu gu_IN hi_Latn hi_Latn_IN mr mr_IN qu qu_BO qu_EC qu_PE ta ta_IN ta_LK ta_MY ta_SG vi vi_VN"),
        ("EEEE, d MMMM, y\u{202F}'\u{430}\u{437}'", "os os_GE os_RU"),
        ("EEEE, d \u{5D1}MMMM y", "he he_IL"),
        ("EEEE, d'mh' MMMM y", "gd gd_GB"),
        ("EEEE, d, MMMM y", "doi doi_IN"),
        ("EEEE, d-'a' 'de' MMMM y", "eo eo_001"),
        ("EEEE, d-MMMM, y", "uz uz_Latn uz_Latn_UZ"),
        ("EEEE, d. MMMM y", "de de_AT de_BE de_CH de_DE de_IT de_LI de_LU dsb dsb_DE et et_EE fo fo_DK fo_FO gsw gsw_CH gsw_FR gsw_LI hsb hsb_DE is is_IS lb lb_LU sl sl_SI wae wae_CH"),
        ("EEEE, d. MMMM y.", "bs bs_Latn bs_Latn_BA hr hr_BA hr_HR sr sr_Cyrl sr_Cyrl_BA sr_Cyrl_ME sr_Cyrl_RS sr_Cyrl_XK sr_Latn sr_Latn_BA sr_Latn_ME sr_Latn_RS sr_Latn_XK"),
        ("EEEE, dd MMMM y", "en_BW en_BZ en_ZA en_ZW id id_ID ms_ID pa_Arab pa_Arab_PK tg tg_TJ"),
        ("EEEE, dd MMMM, y", "ka ka_GE uz_Cyrl uz_Cyrl_UZ"),
        ("EEEE, dd. MMMM y.", "bs_Cyrl bs_Cyrl_BA"),
        ("EEEE, d\u{5D8}\u{5DF} MMMM y", "yi yi_001"),
        ("EEEE, y MMMM dd", "ak ak_GH jgo jgo_CM mgo mgo_CM"),
        ("EEEE, y. 'gada' d. MMMM", "lv lv_LV"),
        ("EEEE, \u{F66}\u{FA4}\u{FB1}\u{F72}\u{F0B}\u{F63}\u{F7C}\u{F0B}y MMMM \u{F5A}\u{F7A}\u{F66}\u{F0B}dd", "dz dz_BT"),
        ("EEEE\u{60C} d MMMM y", "ar ar_001 ar_AE ar_BH ar_DJ ar_DZ ar_EG ar_EH ar_ER ar_IL ar_IQ ar_JO ar_KM ar_KW ar_LB ar_LY ar_MA ar_MR ar_OM ar_PS ar_QA ar_SD ar_SO ar_SS ar_SY ar_TD ar_TN ar_YE"),
        ("EEEE\u{60C} d MMMM y G", "ar_SA"),
        ("EEEE\u{60C} d MMMM\u{60C} y", "ur ur_IN ur_PK"),
        ("EEEE\u{E17}\u{E35}\u{E48} d MMMM G y", "th th_TH"),
        ("EEEE\u{1363} d MMMM y", "ti ti_ER ti_ET"),
        ("G y MMM d", "ckb_IR lrc lrc_IR mzn mzn_IR ps ps_AF uz_Arab uz_Arab_AF"),
        ("G y MMMM d", "lrc lrc_IR mzn mzn_IR uz_Arab uz_Arab_AF"),
        ("G y MMMM d, EEEE", "ckb_IR lrc lrc_IR mzn mzn_IR uz_Arab uz_Arab_AF"),
        ("GGGGG y-MM-dd", "ckb_IR lrc lrc_IR mzn mzn_IR uz_Arab uz_Arab_AF"),
        ("GGGGG y/M/d", "ps ps_AF"),
        ("M/d/yy", "ceb ceb_PH chr chr_US ee ee_GH ee_TG en en_AS en_BI en_CA en_GU en_MH en_MP en_PH en_PR en_UM en_US en_US_POSIX en_VI fil fil_PH ks ks_Arab ks_Arab_IN lkt lkt_US or or_IN sd_Deva sd_Deva_IN xh xh_ZA zu zu_ZA"),
        ("MM/dd/y", "es_PA es_PR"),
        ("MM/dd/yy", "es_PA es_PR"),
        ("MMM d 'lia', y", "ee ee_GH ee_TG"),
        ("MMM d, y", "ceb ceb_PH chr chr_US en en_AS en_BI en_CA en_GU en_MH en_MP en_PH en_PR en_UM en_US en_US_POSIX en_VI fil fil_PH kn kn_IN ks ks_Arab ks_Arab_IN lkt lkt_US mni mni_Beng mni_Beng_IN or or_IN sd_Deva sd_Deva_IN xh xh_ZA zu zu_ZA"),
        ("MMM d. y", "smn smn_FI"),
        ("MMMM d 'lia' y", "ee ee_GH ee_TG"),
        ("MMMM d, y", "ceb ceb_PH chr chr_US en en_AS en_BI en_CA en_GU en_MH en_MP en_PH en_PR en_UM en_US en_US_POSIX en_VI fil fil_PH kn kn_IN ks ks_Arab ks_Arab_IN lkt lkt_US mni mni_Beng mni_Beng_IN or or_IN sd_Deva sd_Deva_IN so so_DJ so_ET so_KE so_SO xh xh_ZA zu zu_ZA"),
        ("MMMM d, y, EEEE", "mni mni_Beng mni_Beng_IN"),
        ("MMMM d. y", "smn smn_FI"),
        ("cccc d. MMMM y", "fi fi_FI"),
        ("cccc, MMMM d. y", "smn smn_FI"),
        ("d 'de' MMM 'de' y", "gl gl_ES pt pt_BR seh seh_MZ"),
        ("d 'de' MMM y", "sc sc_IT"),
        ("d 'de' MMMM 'de' 'su' y", "sc sc_IT"),
        ("d 'de' MMMM 'de' y", "es es_419 es_AR es_BO es_BR es_BZ es_CL es_CO es_CR es_CU es_DO es_EA es_EC es_ES es_GQ es_GT es_IC es_MX es_NI es_PA es_PE es_PH es_PR es_PY es_SV es_US es_UY es_VE gl gl_ES pt pt_AO pt_BR pt_CH pt_CV pt_GQ pt_GW pt_LU pt_MO pt_MZ pt_PT pt_ST pt_TL seh seh_MZ"),
        ("d 'de' MMMM y", "ia ia_001"),
        ("d 'di' MMMM 'dal' y", "fur fur_IT"),
        ("d 'di' MMMM 'di' y", "kea kea_CV"),
        ("d 'ne' MMM, y", "kgp kgp_BR"),
        ("d 'ne' MMMM, y", "kgp kgp_BR"),
        ("d 'ta'\u{2019} MMMM y", "mt mt_MT"),
        ("d MM y", "yo yo_BJ yo_NG"),
        ("d MMM 'de' y", "es_BO"),
        ("d MMM y", "am am_ET asa asa_TZ ast ast_ES az az_Cyrl az_Cyrl_AZ az_Latn az_Latn_AZ bem bem_ZM bez bez_TZ br br_FR ca ca_AD ca_ES ca_FR ca_IT cgg cgg_UG cy cy_GB dav dav_KE dua dua_CM dyo dyo_SN ebu ebu_KE el el_CY el_GR en_001 en_150 en_AE en_AG en_AI en_AT en_AU en_BB en_BM en_BS en_CC en_CH en_CK en_CM en_CX en_CY en_DE en_DG en_DK en_DM en_ER en_FI en_FJ en_FK en_FM en_GB en_GD en_GG en_GH en_GI en_GM en_GY en_HK en_IE en_IL en_IM en_IO en_JE en_JM en_KE en_KI en_KN en_KY en_LC en_LR en_LS en_MG en_MO en_MS en_MU en_MW en_MY en_NA en_NF en_NG en_NL en_NR en_NU en_PG en_PN en_PW en_RW en_SB en_SC en_SD en_SE en_SG en_SH en_SI en_SL en_SS en_SX en_SZ en_TC en_TK en_TO en_TT en_TV en_TZ en_UG en_VC en_VG en_VU en_WS en_ZM es es_419 es_AR es_BR es_BZ es_CR es_CU es_DO es_EA es_EC es_ES es_GQ es_HN es_IC es_MX es_NI es_PE es_PH es_PY es_SV es_US es_UY es_VE ewo ewo_CM fa fa_AF fa_IR fr fr_BE fr_BF fr_BI fr_BJ fr_BL fr_CA fr_CD fr_CF fr_CG fr_CH fr_CI fr_CM fr_DJ fr_DZ fr_FR fr_GA fr_GF fr_GN fr_GP fr_GQ fr_HT fr_KM fr_LU fr_MA fr_MC fr_MF fr_MG fr_ML fr_MQ fr_MR fr_MU fr_NC fr_NE fr_PF fr_PM fr_RE fr_RW fr_SC fr_SN fr_SY fr_TD fr_TG fr_TN fr_VU fr_WF fr_YT fy fy_NL ga ga_GB ga_IE gd gd_GB guz guz_KE haw haw_US hi hi_IN ia ia_001 id id_ID ig ig_NG it it_CH it_IT it_SM it_VA jmc jmc_TZ jv jv_ID kam kam_KE kde kde_TZ kea kea_CV ki ki_KE kkj kkj_CM kln kln_KE km km_KH ks_Deva ks_Deva_IN ksb ksb_TZ ksf ksf_CM lag lag_TZ lg lg_UG ln ln_AO ln_CD ln_CF ln_CG lo lo_LA lu lu_CD luo luo_KE luy luy_KE mai mai_IN mas mas_KE mas_TZ mer mer_KE mgh mgh_MZ mi mi_NZ ms ms_BN ms_ID ms_MY ms_SG mua mua_CM naq naq_NA nd nd_ZW nl nl_AW nl_BE nl_BQ nl_CW nl_NL nl_SR nl_SX nmg nmg_CM nus nus_SS nyn nyn_UG pa pa_Arab pa_Arab_PK pa_Guru pa_Guru_IN pcm pcm_NG pl pl_PL qu qu_BO qu_EC qu_PE rn rn_BI ro ro_MD ro_RO rof rof_TZ rwk rwk_TZ sa sa_IN saq saq_KE sat sat_Olck sat_Olck_IN sbp sbp_TZ se_FI sq sq_AL sq_MK sq_XK su su_Latn su_Latn_ID sv sv_AX sv_FI sv_SE sw sw_CD sw_KE sw_TZ sw_UG teo teo_KE teo_UG th th_TH ti ti_ER ti_ET tk tk_TM to to_TO tr tr_CY tr_TR twq twq_NE tzm tzm_MA vai vai_Latn vai_Latn_LR vai_Vaii vai_Vaii_LR vun vun_TZ xog xog_UG yav yav_CM yo yo_BJ yo_NG yrl yrl_BR yrl_CO yrl_VE"),
        ("d MMM y G", "ar_SA"),
        ("d MMM y\u{202F}'\u{433}'.", "be be_BY ru ru_BY ru_KG ru_KZ ru_MD ru_RU ru_UA"),
        ("d MMM y\u{202F}'\u{440}'.", "uk uk_UA"),
        ("d MMM y\u{202F}'\u{4AB}'.", "cv cv_RU"),
        ("d MMM, y", "agq agq_CM bas bas_CM bm bm_ML bn bn_BD bn_IN brx brx_IN ccp ccp_BD ccp_IN dje dje_NE ff ff_Latn ff_Latn_BF ff_Latn_CM ff_Latn_GH ff_Latn_GM ff_Latn_GN ff_Latn_GW ff_Latn_LR ff_Latn_MR ff_Latn_NE ff_Latn_NG ff_Latn_SL ff_Latn_SN gu gu_IN ha ha_GH ha_NE ha_NG kab kab_DZ khq khq_ML mfe mfe_MU mr mr_IN nnh nnh_CM ses ses_ML sg sg_CF shi shi_Latn shi_Latn_MA shi_Tfng shi_Tfng_MA ta ta_IN ta_LK ta_MY ta_SG te te_IN uz_Cyrl uz_Cyrl_UZ vi vi_VN wo wo_SN zgh zgh_MA"),
        ("d MMM, y\u{202F}'\u{435}\u{43B}'", "tt tt_RU"),
        ("d MMM. y", "ka ka_GE"),
        ("d MMMM 'de' y", "ast ast_ES ca ca_AD ca_ES ca_FR ca_IT"),
        ("d MMMM y", "agq agq_CM am am_ET ar ar_001 ar_AE ar_BH ar_DJ ar_DZ ar_EG ar_EH ar_ER ar_IL ar_IQ ar_JO ar_KM ar_KW ar_LB ar_LY ar_MA ar_MR ar_OM ar_PS ar_QA ar_SD ar_SO ar_SS ar_SY ar_TD ar_TN ar_YE asa asa_TZ az az_Cyrl az_Cyrl_AZ az_Latn az_Latn_AZ bas bas_CM bem bem_ZM bez bez_TZ bm bm_ML br br_FR cgg cgg_UG cy cy_GB dav dav_KE dje dje_NE dua dua_CM dyo dyo_SN ebu ebu_KE el el_CY el_GR en_001 en_150 en_AE en_AG en_AI en_AT en_AU en_BB en_BE en_BM en_BS en_CC en_CH en_CK en_CM en_CX en_CY en_DE en_DG en_DK en_DM en_ER en_FI en_FJ en_FK en_FM en_GB en_GD en_GG en_GH en_GI en_GM en_GY en_HK en_IE en_IL en_IM en_IN en_IO en_JE en_JM en_KE en_KI en_KN en_KY en_LC en_LR en_LS en_MG en_MO en_MS en_MU en_MV en_MW en_MY en_NA en_NF en_NG en_NL en_NR en_NU en_NZ en_PG en_PK en_PN en_PW en_RW en_SB en_SC en_SD en_SE en_SG en_SH en_SI en_SL en_SS en_SX en_SZ en_TC en_TK en_TO en_TT en_TV en_TZ en_UG en_VC en_VG en_VU en_WS en_ZM ewo ewo_CM fa fa_AF fa_IR ff ff_Latn ff_Latn_BF ff_Latn_CM ff_Latn_GH ff_Latn_GM ff_Latn_GN ff_Latn_GW ff_Latn_LR ff_Latn_MR ff_Latn_NE ff_Latn_NG ff_Latn_SL ff_Latn_SN fr fr_BE fr_BF fr_BI fr_BJ fr_BL fr_CA fr_CD fr_CF fr_CG fr_CH fr_CI fr_CM fr_DJ fr_DZ fr_FR fr_GA fr_GF fr_GN fr_GP fr_GQ fr_HT fr_KM fr_LU fr_MA fr_MC fr_MF fr_MG fr_ML fr_MQ fr_MR fr_MU fr_NC fr_NE fr_PF fr_PM fr_RE fr_RW fr_SC fr_SN fr_SY fr_TD fr_TG fr_TN fr_VU fr_WF fr_YT fy fy_NL ga ga_GB ga_IE guz guz_KE haw haw_US hi hi_IN id id_ID ig ig_NG it it_CH it_IT it_SM it_VA jmc jmc_TZ jv jv_ID kab kab_DZ kam kam_KE kde kde_TZ khq khq_ML ki ki_KE kkj kkj_CM kln kln_KE km km_KH kok kok_IN ks_Deva ks_Deva_IN ksb ksb_TZ ksf ksf_CM lag lag_TZ lg lg_UG ln ln_AO ln_CD ln_CF ln_CG lo lo_LA lu lu_CD luo luo_KE luy luy_KE mai mai_IN mas mas_KE mas_TZ mer mer_KE mfe mfe_MU mg mg_MG mgh mgh_MZ mi mi_NZ mk mk_MK ms ms_BN ms_ID ms_MY ms_SG mua mua_CM naq naq_NA nd nd_ZW nl nl_AW nl_BE nl_BQ nl_CW nl_NL nl_SR nl_SX nmg nmg_CM nus nus_SS nyn nyn_UG pa pa_Arab pa_Arab_PK pa_Guru pa_Guru_IN pcm pcm_NG pl pl_PL qu qu_BO qu_EC qu_PE rm rm_CH rn rn_BI ro ro_MD ro_RO rof rof_TZ rwk rwk_TZ sa sa_IN saq saq_KE sat sat_Olck sat_Olck_IN sbp sbp_TZ se_FI ses ses_ML sg sg_CF shi shi_Latn shi_Latn_MA shi_Tfng shi_Tfng_MA sq sq_AL sq_MK sq_XK su su_Latn su_Latn_ID sv sv_AX sv_FI sv_SE sw sw_CD sw_KE sw_TZ sw_UG teo teo_KE teo_UG th th_TH ti ti_ER ti_ET tk tk_TM to to_TO tr tr_CY tr_TR twq twq_NE tzm tzm_MA vai vai_Latn vai_Latn_LR vai_Vaii vai_Vaii_LR vun vun_TZ xog xog_UG yav yav_CM yrl yrl_BR yrl_CO yrl_VE zgh zgh_MA"),
        ("d MMMM y EEEE", "tk tk_TM tr tr_CY tr_TR"),
        ("d MMMM y G", "ar_SA"),
        ("d MMMM y, EEEE", "az az_Cyrl az_Cyrl_AZ az_Latn az_Latn_AZ brx brx_IN"),
        ("d MMMM y\u{202F}'\u{433}'.", "be be_BY bg bg_BG ru ru_BY ru_KG ru_KZ ru_MD ru_RU ru_UA"),
        ("d MMMM y\u{202F}'\u{440}'.", "uk uk_UA"),
        ("d MMMM y\u{202F}'\u{4AB}'.", "cv cv_RU"),
        ("d MMMM, y", "as as_IN bn bn_BD bn_IN brx brx_IN ccp ccp_BD ccp_IN gu gu_IN ha ha_GH ha_NE ha_NG hi_Latn hi_Latn_IN ka ka_GE mr mr_IN ta ta_IN ta_LK ta_MY ta_SG te te_IN uz_Cyrl uz_Cyrl_UZ vi vi_VN wo wo_SN"),
        ("d MMMM, y\u{202F}'\u{430}\u{437}'", "os os_GE os_RU"),
        ("d MMMM, y\u{202F}'\u{435}\u{43B}'", "tt tt_RU"),
        ("d MMMM, y\u{202F}'\u{435}\u{43B}', EEEE", "tt tt_RU"),
        ("d MMMM\u{60C} y", "ur ur_IN ur_PK"),
        ("d MMMM\u{2E41} y", "ff_Adlm ff_Adlm_BF ff_Adlm_CM ff_Adlm_GH ff_Adlm_GM ff_Adlm_GN ff_Adlm_GW ff_Adlm_LR ff_Adlm_MR ff_Adlm_NE ff_Adlm_NG ff_Adlm_SL ff_Adlm_SN"),
        ("d MMM\u{60C} y", "ur ur_IN ur_PK"),
        ("d MMM\u{2E41} y", "ff_Adlm ff_Adlm_BF ff_Adlm_CM ff_Adlm_GH ff_Adlm_GM ff_Adlm_GN ff_Adlm_GW ff_Adlm_LR ff_Adlm_MR ff_Adlm_NE ff_Adlm_NG ff_Adlm_SL ff_Adlm_SN"),
        ("d \u{5D1}MMM y", "he he_IL"),
        ("d \u{5D1}MMMM y", "he he_IL"),
        ("d'mh' MMMM y", "gd gd_GB"),
        ("d, MMM y", "doi doi_IN"),
        ("d, MMMM y", "doi doi_IN"),
        ("d, MMMM y, EEEE", "te te_IN"),
        ("d-M-y", "as as_IN ff_Adlm ff_Adlm_BF ff_Adlm_CM ff_Adlm_GH ff_Adlm_GM ff_Adlm_GN ff_Adlm_GW ff_Adlm_LR ff_Adlm_MR ff_Adlm_NE ff_Adlm_NG ff_Adlm_SL ff_Adlm_SN"),
        ("d-M-yy", "en_MV kok kok_IN"),
        ("d-MMM, y", "uz uz_Latn uz_Latn_UZ"),
        ("d-MMM-y", "kok kok_IN"),
        ("d-MMMM, y", "uz uz_Latn uz_Latn_UZ"),
        ("d-MMMM\u{60C} y", "ug ug_CN"),
        ("d-MMM\u{60C} y", "ug ug_CN"),
        ("d. M. y", "cs cs_CZ ksh ksh_DE sk sk_SK"),
        ("d. M. y.", "bs bs_Latn bs_Latn_BA sr sr_Cyrl sr_Cyrl_BA sr_Cyrl_ME sr_Cyrl_RS sr_Cyrl_XK sr_Latn sr_Latn_BA sr_Latn_ME sr_Latn_RS sr_Latn_XK"),
        ("d. M. yy.", "hr_BA"),
        ("d. MM. yy", "sl sl_SI"),
        ("d. MMM y", "da da_DK da_GL et et_EE is is_IS lb lb_LU nb nb_NO nb_SJ nn nn_NO no sl sl_SI wae wae_CH"),
        ("d. MMM y.", "bs bs_Latn bs_Latn_BA hr hr_BA hr_HR"),
        ("d. MMM. y", "ksh ksh_DE"),
        ("d. MMMM y", "cs cs_CZ da da_DK da_GL de de_AT de_BE de_CH de_DE de_IT de_LI de_LU dsb dsb_DE et et_EE fi fi_FI fo fo_DK fo_FO gsw gsw_CH gsw_FR gsw_LI hsb hsb_DE is is_IS ksh ksh_DE lb lb_LU nb nb_NO nb_SJ nn nn_NO no sk sk_SK sl sl_SI wae wae_CH"),
        ("d. MMMM y.", "bs bs_Latn bs_Latn_BA hr hr_BA hr_HR sr sr_Cyrl sr_Cyrl_BA sr_Cyrl_ME sr_Cyrl_RS sr_Cyrl_XK sr_Latn sr_Latn_BA sr_Latn_ME sr_Latn_RS sr_Latn_XK"),
        ("d.M.y", "dsb dsb_DE fi fi_FI he he_IL hsb hsb_DE is is_IS mk mk_MK smn smn_FI"),
        ("d.M.yy", "dsb dsb_DE hsb hsb_DE mk mk_MK sq sq_AL sq_MK sq_XK"),
        ("d.M.yy.", "bs_Cyrl bs_Cyrl_BA sr sr_Cyrl sr_Cyrl_BA sr_Cyrl_ME sr_Cyrl_RS sr_Cyrl_XK sr_Latn sr_Latn_BA sr_Latn_ME sr_Latn_RS sr_Latn_XK"),
        ("d.MM.y", "pl pl_PL tr tr_CY tr_TR"),
        ("d.MM.yy", "be be_BY"),
        ("d.MM.yy\u{202F}'\u{433}'.", "bg bg_BG"),
        ("d.MM.y\u{202F}'\u{433}'.", "bg bg_BG"),
        ("d/M/y", "agq agq_CM bas bas_CM bm bm_ML dje dje_NE dua dua_CM dyo dyo_SN en_HK en_ZW es_US ewo ewo_CM ff ff_Latn ff_Latn_BF ff_Latn_CM ff_Latn_GH ff_Latn_GM ff_Latn_GN ff_Latn_GW ff_Latn_LR ff_Latn_MR ff_Latn_NE ff_Latn_NG ff_Latn_SL ff_Latn_SN kab kab_DZ khq khq_ML ksf ksf_CM ln ln_AO ln_CD ln_CF ln_CG lo lo_LA lu lu_CD mfe mfe_MU mua mua_CM nmg nmg_CM rn rn_BI seh seh_MZ ses ses_ML sg sg_CF shi shi_Latn shi_Latn_MA shi_Tfng shi_Tfng_MA twq twq_NE yav yav_CM yo yo_BJ yo_NG zgh zgh_MA zh_Hant_HK zh_Hant_MO"),
        ("d/M/yy", "ast ast_ES bn bn_BD bn_IN ca ca_AD ca_ES ca_FR ca_IT ccp ccp_BD ccp_IN doi doi_IN el el_CY el_GR en_AU en_SG es es_419 es_AR es_BO es_BR es_BZ es_CR es_CU es_DO es_EA es_EC es_ES es_GQ es_HN es_IC es_NI es_PH es_PY es_SV es_UY es_VE gu gu_IN ha ha_GH ha_NE ha_NG haw haw_US hi hi_IN ig ig_NG km km_KH kn kn_IN ks_Deva ks_Deva_IN ky ky_KG mai mai_IN ml ml_IN mni mni_Beng mni_Beng_IN mr mr_IN my my_MM pa pa_Guru pa_Guru_IN sa sa_IN sat sat_Olck sat_Olck_IN su su_Latn su_Latn_ID ta ta_IN ta_LK ta_MY ta_SG th th_TH to to_TO ur ur_IN ur_PK zh_Hans_HK zh_Hans_MO"),
        ("d/MM/y", "en_NZ es_CO es_GT nl_BE nus nus_SS"),
        ("d/MM/yy", "en_NZ es_CO es_GT es_PE fr_BE ms ms_BN ms_MY ms_SG"),
        ("dd 'de' MMMM 'de' y", "es_HN"),
        ("dd MMM y", "af af_NA af_ZA en_BE en_BW en_MT en_ZA mt mt_MT tg tg_TJ"),
        ("dd MMM y\u{202F}'\u{430}\u{437}'", "os os_GE os_RU"),
        ("dd MMM, y", "hi_Latn hi_Latn_IN"),
        ("dd MMM, y \u{569}.", "hy hy_AM"),
        ("dd MMM,y", "en_ZW"),
        ("dd MMMM y", "af af_NA af_ZA en_BW en_BZ en_MT en_ZA en_ZW ms_BN om om_ET om_KE tg tg_TJ"),
        ("dd MMMM, y \u{569}.", "hy hy_AM"),
        ("dd-MM-y", "as as_IN brx brx_IN en_MV es_CL ia ia_001 jv jv_ID mi mi_NZ nl nl_AW nl_BQ nl_CW nl_NL nl_SR nl_SX rm rm_CH wo wo_SN"),
        ("dd-MM-yy", "es_CL fy fy_NL rm rm_CH te te_IN"),
        ("dd-MMM-y", "en_BZ en_IN en_PK om om_ET om_KE so so_DJ so_ET so_KE so_SO"),
        ("dd. MM. y.", "hr hr_HR"),
        ("dd. MMMM y.", "bs_Cyrl bs_Cyrl_BA"),
        ("dd.MM.y", "cv cv_RU da da_DK da_GL de de_AT de_BE de_CH de_DE de_IT de_LI de_LU en_CH fo fo_DK fo_FO gsw gsw_CH gsw_FR gsw_LI nb nb_NO nb_SJ nn nn_NO no ro ro_MD ro_RO ru ru_BY ru_KG ru_KZ ru_MD ru_RU ru_UA se_FI tk tk_TM tt tt_RU"),
        ("dd.MM.y.", "bs_Cyrl bs_Cyrl_BA"),
        ("dd.MM.yy", "az az_Cyrl az_Cyrl_AZ az_Latn az_Latn_AZ cs cs_CZ de de_AT de_BE de_CH de_DE de_IT de_LI de_LU et et_EE fo fo_DK fo_FO fr_CH gsw gsw_CH gsw_FR gsw_LI hy hy_AM it_CH ka ka_GE kk kk_KZ lb lb_LU lv lv_LV os os_GE os_RU uk uk_UA"),
        ("dd/MM y", "kkj kkj_CM"),
        ("dd/MM/y", "am am_ET asa asa_TZ bem bem_ZM bez bez_TZ br br_FR cgg cgg_UG dav dav_KE ebu ebu_KE en_001 en_150 en_AE en_AG en_AI en_AT en_BB en_BM en_BS en_CC en_CK en_CM en_CX en_CY en_DE en_DG en_DK en_DM en_ER en_FI en_FJ en_FK en_FM en_GB en_GD en_GG en_GH en_GI en_GM en_GY en_IE en_IL en_IM en_IO en_JE en_JM en_KE en_KI en_KN en_KY en_LC en_LR en_LS en_MG en_MO en_MS en_MT en_MU en_MW en_MY en_NA en_NF en_NG en_NL en_NR en_NU en_PG en_PK en_PN en_PW en_RW en_SB en_SC en_SD en_SH en_SI en_SL en_SS en_SX en_SZ en_TC en_TK en_TO en_TT en_TV en_TZ en_UG en_VC en_VG en_VU en_WS en_ZM fr fr_BF fr_BI fr_BJ fr_BL fr_CD fr_CF fr_CG fr_CI fr_CM fr_DJ fr_DZ fr_FR fr_GA fr_GF fr_GN fr_GP fr_GQ fr_HT fr_KM fr_LU fr_MA fr_MC fr_MF fr_MG fr_ML fr_MQ fr_MR fr_MU fr_NC fr_NE fr_PF fr_PM fr_RE fr_RW fr_SC fr_SN fr_SY fr_TD fr_TG fr_TN fr_VU fr_WF fr_YT fur fur_IT ga ga_GB ga_IE gd gd_GB guz guz_KE hi_Latn hi_Latn_IN jmc jmc_TZ kam kam_KE kde kde_TZ kea kea_CV kgp kgp_BR ki ki_KE kln kln_KE ksb ksb_TZ lag lag_TZ lg lg_UG luo luo_KE luy luy_KE mas mas_KE mas_TZ mer mer_KE mgh mgh_MZ mt mt_MT naq naq_NA nd nd_ZW nyn nyn_UG pa_Arab pa_Arab_PK pcm pcm_NG pt pt_AO pt_BR pt_CH pt_CV pt_GQ pt_GW pt_LU pt_MO pt_MZ pt_PT pt_ST pt_TL qu qu_BO qu_EC qu_PE rof rof_TZ rwk rwk_TZ saq saq_KE sbp sbp_TZ sc sc_IT sw sw_CD sw_KE sw_TZ sw_UG teo teo_KE teo_UG tzm tzm_MA vai vai_Latn vai_Latn_LR vai_Vaii vai_Vaii_LR vi vi_VN vun vun_TZ xog xog_UG yrl yrl_BR yrl_CO yrl_VE"),
        ("dd/MM/yy", "cy cy_GB en_BE en_BW en_BZ en_IN es_MX fur fur_IT gl gl_ES id id_ID it it_IT it_SM it_VA ms_ID nnh nnh_CM om om_ET om_KE pt_AO pt_CH pt_CV pt_GQ pt_GW pt_LU pt_MO pt_MZ pt_PT pt_ST pt_TL so so_DJ so_ET so_KE so_SO tg tg_TJ ti ti_ER ti_ET uz uz_Cyrl uz_Cyrl_UZ uz_Latn uz_Latn_UZ yi yi_001 zh_Hans_SG"),
        ("dd\u{200F}/MM\u{200F}/y", "ar ar_001 ar_AE ar_BH ar_DJ ar_DZ ar_EG ar_EH ar_ER ar_IL ar_IQ ar_JO ar_KM ar_KW ar_LB ar_LY ar_MA ar_MR ar_OM ar_PS ar_QA ar_SD ar_SO ar_SS ar_SY ar_TD ar_TN ar_YE"),
        ("d\u{5D8}\u{5DF} MMM y", "yi yi_001"),
        ("d\u{5D8}\u{5DF} MMMM y", "yi yi_001"),
        ("d\u{6CC} MMMM\u{6CC} y", "ckb ckb_IQ"),
        ("d\u{6CC} MMMM\u{6CC} y G", "ckb_IR"),
        ("d\u{200F}/M\u{200F}/y", "ar ar_001 ar_AE ar_BH ar_DJ ar_DZ ar_EG ar_EH ar_ER ar_IL ar_IQ ar_JO ar_KM ar_KW ar_LB ar_LY ar_MA ar_MR ar_OM ar_PS ar_QA ar_SD ar_SO ar_SS ar_SY ar_TD ar_TN ar_YE"),
        ("d\u{200F}/M\u{200F}/y GGGGG", "ar_SA"),
        ("y 'm'. MMMM d 'd'.", "lt lt_LT"),
        ("y 'm'. MMMM d 'd'., EEEE", "lt lt_LT"),
        ("y MMM d", "ak ak_GH bgc bgc_IN bho bho_IN ce ce_RU ckb ckb_IQ gv gv_IM ii ii_CN jgo jgo_CM kl kl_GL ku ku_TR kw kw_GB lrc_IQ mg mg_MG mgo mgo_CM ne ne_IN ne_NP ps_PK raj raj_IN rw rw_RW sd sd_Arab sd_Arab_PK se se_NO se_SE si si_LK sn sn_ZW"),
        ("y MMMM d", "ak ak_GH bgc bgc_IN bho bho_IN ce ce_RU gv gv_IM ii ii_CN jgo jgo_CM kl kl_GL ku ku_TR kw kw_GB lrc_IQ mgo mgo_CM ne ne_IN ne_NP raj raj_IN rw rw_RW sd sd_Arab sd_Arab_PK se se_NO se_SE si si_LK sn sn_ZW"),
        ("y MMMM d, EEEE", "am am_ET bgc bgc_IN bho bho_IN ce ce_RU ckb ckb_IQ fa fa_AF fa_IR gv gv_IM ii ii_CN kl kl_GL ku ku_TR kw kw_GB lrc_IQ ne ne_IN ne_NP raj raj_IN rw rw_RW se se_NO se_SE si si_LK sn sn_ZW"),
        ("y MMMM\u{F60}\u{F72}\u{F0B}\u{F5A}\u{F7A}\u{F66}\u{F0B}d, EEEE", "bo bo_CN bo_IN"),
        ("y d-MMMM\u{60C} EEEE", "ug ug_CN"),
        ("y \u{569}. MMMM d, EEEE", "hy hy_AM"),
        ("y \u{F63}\u{F7C}\u{F60}\u{F72}\u{F0B}MMM\u{F5A}\u{F7A}\u{F66}\u{F0B}d", "bo bo_CN bo_IN"),
        ("y('e')'ko' MMM d('a')", "eu eu_ES"),
        ("y('e')'ko' MMMM'ren' d('a')", "eu eu_ES"),
        ("y('e')'ko' MMMM'ren' d('a'), EEEE", "eu eu_ES"),
        ("y, MMM d", "ml ml_IN sah sah_RU"),
        ("y, MMMM d", "ml ml_IN sah sah_RU"),
        ("y, MMMM d, EEEE", "ml ml_IN"),
        ("y-'\u{436}'., d-MMM", "ky ky_KG"),
        ("y-'\u{436}'., d-MMMM", "ky ky_KG"),
        ("y-'\u{436}'., d-MMMM, EEEE", "ky ky_KG"),
        ("y-MM-dd", "af af_NA af_ZA bgc bgc_IN bho bho_IN bo bo_CN bo_IN ce ce_RU ckb ckb_IQ dz dz_BT en_SE fr_CA gv gv_IM ii ii_CN jgo jgo_CM kl kl_GL ku ku_TR kw kw_GB lrc_IQ lt lt_LT mg mg_MG mgo mgo_CM raj raj_IN rw rw_RW sd sd_Arab sd_Arab_PK se se_NO se_SE si si_LK sn sn_ZW sv sv_AX sv_FI sv_SE ug ug_CN wae wae_CH"),
        ("y-MMM-dd", "eo eo_001"),
        ("y-MMMM-dd", "eo eo_001"),
        ("y. 'gada' d. MMM", "lv lv_LV"),
        ("y. 'gada' d. MMMM", "lv lv_LV"),
        ("y. M. d.", "ko ko_KP ko_KR"),
        ("y. MM. dd.", "hu hu_HU"),
        ("y. MMM d.", "hu hu_HU"),
        ("y. MMMM d.", "hu hu_HU"),
        ("y. MMMM d., EEEE", "hu hu_HU"),
        ("y.MM.dd", "mn mn_MN"),
        ("y/M/d", "fa fa_AF fa_IR ps_PK yue yue_Hans yue_Hans_CN yue_Hant yue_Hant_HK zh zh_Hans zh_Hans_CN zh_Hant zh_Hant_TW"),
        ("y/MM/dd", "en_ZA ja ja_JP"),
        ("yy-MM-dd", "eo eo_001"),
        ("yy. M. d.", "ko ko_KP ko_KR"),
        ("yy/M/d", "eu eu_ES ne ne_IN ne_NP sah sah_RU"),
        ("yy/MM/dd", "ak ak_GH"),
        ("y\u{104A} MMM d", "my my_MM"),
        ("y\u{104A} MMMM d", "my my_MM"),
        ("y\u{104A} MMMM d\u{104A} EEEE", "my my_MM"),
        ("y\u{202F}'\u{436}'. d MMMM", "kk kk_KZ"),
        ("y\u{202F}'\u{436}'. d MMMM, EEEE", "kk kk_KZ"),
        ("y\u{202F}'\u{436}'. dd MMM", "kk kk_KZ"),
        ("y\u{202F}'\u{43E}\u{43D}\u{44B}' MMM'\u{44B}\u{43D}' d", "mn mn_MN"),
        ("y\u{202F}'\u{43E}\u{43D}\u{44B}' MMMM'\u{44B}\u{43D}' d", "mn mn_MN"),
        ("y\u{202F}'\u{43E}\u{43D}\u{44B}' MMMM'\u{44B}\u{43D}' d, EEEE '\u{433}\u{430}\u{440}\u{430}\u{433}'", "mn mn_MN"),
        ("y\u{202F}'\u{441}\u{44B}\u{43B}' MMMM d '\u{43A}\u{4AF}\u{43D}\u{44D}', EEEE", "sah sah_RU"),
        ("y\u{5E74}M\u{6708}d\u{65E5}", "ja ja_JP yue yue_Hans yue_Hans_CN yue_Hant yue_Hant_HK zh zh_Hans zh_Hans_CN zh_Hans_HK zh_Hans_MO zh_Hans_SG zh_Hant zh_Hant_HK zh_Hant_MO zh_Hant_TW"),
        ("y\u{5E74}M\u{6708}d\u{65E5} EEEE", "yue yue_Hant yue_Hant_HK zh_Hant zh_Hant_TW"),
        ("y\u{5E74}M\u{6708}d\u{65E5}EEEE", "ja ja_JP yue_Hans yue_Hans_CN zh zh_Hans zh_Hans_CN zh_Hans_HK zh_Hans_MO zh_Hans_SG zh_Hant_HK zh_Hant_MO"),
        ("y\u{B144} M\u{C6D4} d\u{C77C}", "ko ko_KP ko_KR"),
        ("y\u{B144} M\u{C6D4} d\u{C77C} EEEE", "ko ko_KP ko_KR"),
        ("\u{62F} G y \u{62F} MMMM d", "ps ps_AF"),
        ("\u{62F} y \u{62F} MMMM d", "ps_PK"),
        ("\u{F66}\u{FA4}\u{FB1}\u{F72}\u{F0B}\u{F63}\u{F7C}\u{F0B}y MMMM \u{F5A}\u{F7A}\u{F66}\u{F0B} dd", "dz dz_BT"),
        ("\u{F66}\u{FA4}\u{FB1}\u{F72}\u{F0B}\u{F63}\u{F7C}\u{F0B}y MMMM\u{F60}\u{F72}\u{F0B}\u{F5A}\u{F7A}\u{F66}\u{F0B}d", "bo bo_CN bo_IN"),
        ("\u{F66}\u{FA4}\u{FB1}\u{F72}\u{F0B}\u{F63}\u{F7C}\u{F0B}y \u{F5F}\u{FB3}\u{F0B}MMM \u{F5A}\u{F7A}\u{F66}\u{F0B}dd", "dz dz_BT"),
    ]
}
