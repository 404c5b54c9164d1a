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
d MMMM y|lo|1||s|d1,2 l20 n478 l20 d4,4
d MMM y|lo|2||s|d1,2 l20 n479 l20 d4,4
EEE, d MMM y|lo|||s|n480 l2C l20 d1,2 l20 n479 l20 d4,4
EEEE, d MMMM y|lo|||s|n477 l2C l20 d1,2 l20 n478 l20 d4,4
EEE, d/M/y|lo|||s|n480 l2C l20 d1,2 l2F d1,2 l2F d4,4
y MMMM d, EEEE|lrc_IQ|0||sz6F0|d4,4 l20 n481 l20 d1,2 l2C l20 n0
y MMMM d|lrc_IQ|1||sz6F0|d4,4 l20 n481 l20 d1,2
y MMM d|lrc_IQ|2||sz6F0|d4,4 l20 n481 l20 d1,2
y-MM-dd|lrc_IQ|3||sz6F0|d4,4 l2D d2,2 l2D d2,2
y-M-d|lrc_IQ|||sz6F0|d4,4 l2D d1,2 l2D d1,2
y MMM d, EEE|lrc_IQ|||sz6F0|d4,4 l20 n481 l20 d1,2 l2C l20 n0
y-MM-dd, EEE|lrc_IQ|||sz6F0|d4,4 l2D d2,2 l2D d2,2 l2C l20 n0
y 'm'. MMMM d 'd'., EEEE|lt|0||s|d4,4 l20 l6D l2E l20 n482 l20 d1,2 l20 l64 l2E l2C l20 n483
y 'm'. MMMM d 'd'.|lt|1||s|d4,4 l20 l6D l2E l20 n482 l20 d1,2 l20 l64 l2E
y-MM-dd, EEE|lt|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n484
EEEE d MMMM y|lu|0||s|n485 l20 d1,2 l20 n486 l20 d4,4
d MMMM y|lu|1||s|d1,2 l20 n486 l20 d4,4
d MMM y|lu|2||s|d1,2 l20 n487 l20 d4,4
EEE d MMM y|lu|||s|n488 l20 d1,2 l20 n487 l20 d4,4
EEE d/M/y|lu|||s|n488 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|luo|0||s|n489 l2C l20 d1,2 l20 n490 l20 d4,4
d MMMM y|luo|1||s|d1,2 l20 n490 l20 d4,4
d MMM y|luo|2||s|d1,2 l20 n491 l20 d4,4
EEE, MMM d, y|luo|||s|n492 l2C l20 n491 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|luo|||s|n492 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|luy|0||s|n493 l2C l20 d1,2 l20 n110 l20 d4,4
d MMM y|luy|2||s|d1,2 l20 n494 l20 d4,4
EEE, MMM d, y|luy|||s|n495 l2C l20 n494 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|luy|||s|n495 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, y. 'gada' d. MMMM|lv|0||s|n496 l2C l20 d4,4 l2E l20 l67 l61 l64 l61 l20 d1,2 l2E l20 n497
y. 'gada' d. MMMM|lv|1||s|d4,4 l2E l20 l67 l61 l64 l61 l20 d1,2 l2E l20 n497
y. 'gada' d. MMM|lv|2||s|d4,4 l2E l20 l67 l61 l64 l61 l20 d1,2 l2E l20 n498
d.MM.y.|lv|||s|d1,2 l2E d2,2 l2E d4,4 l2E
y. 'g'. d. MMM|lv|||s|d4,4 l2E l20 l67 l2E l20 d1,2 l2E l20 n498
EEE, y. 'g'. d. MMM|lv|||s|n499 l2C l20 d4,4 l2E l20 l67 l2E l20 d1,2 l2E l20 n498
EEE, d.MM.y.|lv|||s|n499 l2C l20 d1,2 l2E d2,2 l2E d4,4 l2E
EEEE, d MMMM y|mai|0||s|n500 l2C l20 d1,2 l20 n501 l20 d4,4
d MMMM y|mai|1||s|d1,2 l20 n501 l20 d4,4
EEEE, d MMMM y|mas|0||s|n502 l2C l20 d1,2 l20 n503 l20 d4,4
d MMMM y|mas|1||s|d1,2 l20 n503 l20 d4,4
d MMM y|mas|2||s|d1,2 l20 n504 l20 d4,4
EEE, MMM d, y|mas|||s|n376 l2C l20 n504 l20 d1,2 l2C l20 d4,4
EEEE, d MMMM y|mer|0||s|n505 l2C l20 d1,2 l20 n506 l20 d4,4
d MMMM y|mer|1||s|d1,2 l20 n506 l20 d4,4
d MMM y|mer|2||s|d1,2 l20 n507 l20 d4,4
EEE, MMM d, y|mer|||s|n508 l2C l20 n507 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|mer|||s|n508 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|mfe|0||s|n509 l20 d1,2 l20 n510 l20 d4,4
d MMMM y|mfe|1||s|d1,2 l20 n510 l20 d4,4
d MMM, y|mfe|2||s|d1,2 l20 n511 l2C l20 d4,4
d MMM y|mfe|||s|d1,2 l20 n511 l20 d4,4
EEE d MMM y|mfe|||s|n512 l20 d1,2 l20 n511 l20 d4,4
EEE d/M/y|mfe|||s|n512 l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|mg|0||s|n513 l20 d1,2 l20 n514 l20 d4,4
d MMMM y|mg|1||s|d1,2 l20 n514 l20 d4,4
y MMM d|mg|2||s|d4,4 l20 n515 l20 d1,2
d MMM y|mg|||s|d1,2 l20 n515 l20 d4,4
EEE d MMM y|mg|||s|n516 l20 d1,2 l20 n515 l20 d4,4
EEE d/M/y|mg|||s|n516 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|mgh|0||s|n517 l2C l20 d1,2 l20 n518 l20 d4,4
d MMMM y|mgh|1||s|d1,2 l20 n518 l20 d4,4
d MMM y|mgh|2||s|d1,2 l20 n519 l20 d4,4
MMM d, y|mgh|||s|n519 l20 d1,2 l2C l20 d4,4
EEE, MMM d, y|mgh|||s|n520 l2C l20 n519 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|mgh|||s|n520 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, y MMMM dd|mgo|0||s|n521 l2C l20 d4,4 l20 n522 l20 d2,2
y MMMM d|mgo|1||s|d4,4 l20 n522 l20 d1,2
y MMM d|mgo|2||s|d4,4 l20 n523 l20 d1,2
y MMM d, EEE|mgo|||s|d4,4 l20 n523 l20 d1,2 l2C l20 n521
EEEE, y MMMM d|mgo|||s|n521 l2C l20 d4,4 l20 n522 l20 d1,2
y-MM-dd, EEE|mgo|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n521
EEEE, d MMMM y|mi|0||s|n524 l2C l20 d1,2 l20 n525 l20 d4,4
d MMMM y|mi|1||s|d1,2 l20 n525 l20 d4,4
d MMM y|mi|2||s|d1,2 l20 n526 l20 d4,4
EEE, d MMM y|mi|||s|n527 l2C l20 d1,2 l20 n526 l20 d4,4
EEE, dd-MM-y|mi|||s|n527 l2C l20 d2,2 l2D d2,2 l2D d4,4
EEEE, d MMMM y|mk|0||s|n528 l2C l20 d1,2 l20 n529 l20 d4,4
d MMMM y|mk|1||s|d1,2 l20 n529 l20 d4,4
d MMM y\u{202F}'г'.|mk||202F|s|d1,2 l20 n530 l20 d4,4 l202F l433 l2E
EEE, d MMM y\u{202F}'г'.|mk||202F|s|n531 l2C l20 d1,2 l20 n530 l20 d4,4 l202F l433 l2E
EEE, d.M.y|mk|||s|n531 l2C l20 d1,2 l2E d1,2 l2E d4,4
y, MMMM d, EEEE|ml|0||s|d4,4 l2C l20 n532 l20 d1,2 l2C l20 n533
y, MMMM d|ml|1||s|d4,4 l2C l20 n532 l20 d1,2
y, MMM d|ml|2||s|d4,4 l2C l20 n534 l20 d1,2
y MMM d|ml|||s|d4,4 l20 n534 l20 d1,2
y MMM d, EEE|ml|||s|d4,4 l20 n534 l20 d1,2 l2C l20 n535
d-M-y, EEE|ml|||s|d1,2 l2D d1,2 l2D d4,4 l2C l20 n535
y\u{202F}'оны' MMMM'ын' d, EEEE 'гараг'|mn|0|202F|s|d4,4 l202F l43E l43D l44B l20 n536 l44B l43D l20 d1,2 l2C l20 n537 l20 l433 l430 l440 l430 l433
y\u{202F}'оны' MMMM'ын' d|mn|1|202F|s|d4,4 l202F l43E l43D l44B l20 n536 l44B l43D l20 d1,2
y\u{202F}'оны' MMM'ын' d|mn|2|202F|s|d4,4 l202F l43E l43D l44B l20 n538 l44B l43D l20 d1,2
y\u{202F}'оны' MMM'ын' d. EEE|mn||202F|s|d4,4 l202F l43E l43D l44B l20 n538 l44B l43D l20 d1,2 l2E l20 n539
y.MM.dd. EEE|mn|||s|d4,4 l2E d2,2 l2E d2,2 l2E l20 n539
MMMM d, y, EEEE|mni|0||sz9E6|n540 l20 d1,2 l2C l20 d4,4 l2C l20 n541
MMMM d, y|mni|1||sz9E6|n540 l20 d1,2 l2C l20 d4,4
MMM d, y|mni|2||sz9E6|n540 l20 d1,2 l2C l20 d4,4
MMM d, y, EEE|mni|||sz9E6|n540 l20 d1,2 l2C l20 d4,4 l2C l20 n541
d/M/y, EEE|mni|||sz9E6|d1,2 l2F d1,2 l2F d4,4 l2C l20 n541
EEEE, d MMMM, y|mr|0||sz966|n542 l2C l20 d1,2 l20 n543 l2C l20 d4,4
d MMMM, y|mr|1||sz966|d1,2 l20 n543 l2C l20 d4,4
d MMM, y|mr|2||sz966|d1,2 l20 n544 l2C l20 d4,4
d/M/y|mr|||sz966|d1,2 l2F d1,2 l2F d4,4
EEE, d, MMM y|mr|||sz966|n545 l2C l20 d1,2 l2C l20 n544 l20 d4,4
EEE, d/M/y|mr|||sz966|n545 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|ms|0||s|n546 l2C l20 d1,2 l20 n547 l20 d4,4
d MMMM y|ms|1||s|d1,2 l20 n547 l20 d4,4
d MMM y|ms|2||s|d1,2 l20 n548 l20 d4,4
EEE, d MMM y|ms|||s|n549 l2C l20 d1,2 l20 n548 l20 d4,4
EEE, d/M/y|ms|||s|n549 l2C l20 d1,2 l2F d1,2 l2F d4,4
dd MMMM y|ms_BN|0||s|d2,2 l20 n547 l20 d4,4
EEEE, dd MMMM y|ms_ID|0||s|n546 l2C l20 d2,2 l20 n547 l20 d4,4
EEEE, d 'ta'\u{2019} MMMM y|mt|0||s|n550 l2C l20 d1,2 l20 l74 l61 l2019 l20 n551 l20 d4,4
d 'ta'\u{2019} MMMM y|mt|1||s|d1,2 l20 l74 l61 l2019 l20 n551 l20 d4,4
dd MMM y|mt|2||s|d2,2 l20 n552 l20 d4,4
d 'ta'\u{2019} MMM, y|mt|||s|d1,2 l20 l74 l61 l2019 l20 n552 l2C l20 d4,4
EEE, d 'ta'\u{2019} MMM, y|mt|||s|n553 l2C l20 d1,2 l20 l74 l61 l2019 l20 n552 l2C l20 d4,4
EEE, d/M/y|mt|||s|n553 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|mua|0||s|n554 l20 d1,2 l20 n555 l20 d4,4
d MMMM y|mua|1||s|d1,2 l20 n555 l20 d4,4
d MMM y|mua|2||s|d1,2 l20 n556 l20 d4,4
EEE d MMM y|mua|||s|n557 l20 d1,2 l20 n556 l20 d4,4
EEE d/M/y|mua|||s|n557 l20 d1,2 l2F d1,2 l2F d4,4
y\u{104A} MMMM d\u{104A} EEEE|my|0||sz1040|d4,4 l104A l20 n558 l20 d1,2 l104A l20 n559
y\u{104A} MMMM d|my|1||sz1040|d4,4 l104A l20 n558 l20 d1,2
y\u{104A} MMM d|my|2||sz1040|d4,4 l104A l20 n560 l20 d1,2
d/M/y|my|||sz1040|d1,2 l2F d1,2 l2F d4,4
y\u{104A} MMM d\u{104A} EEE|my|||sz1040|d4,4 l104A l20 n560 l20 d1,2 l104A l20 n559
d/M/y\u{104A} EEE|my|||sz1040|d1,2 l2F d1,2 l2F d4,4 l104A l20 n559
EEEE, d MMMM y|naq|0||s|n561 l2C l20 d1,2 l20 n562 l20 d4,4
d MMMM y|naq|1||s|d1,2 l20 n562 l20 d4,4
EEE, MMM d, y|naq|||s|n563 l2C l20 n1 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|naq|||s|n563 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|nd|0||s|n564 l2C l20 d1,2 l20 n565 l20 d4,4
d MMMM y|nd|1||s|d1,2 l20 n565 l20 d4,4
d MMM y|nd|2||s|d1,2 l20 n566 l20 d4,4
EEE, MMM d, y|nd|||s|n567 l2C l20 n566 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|nd|||s|n567 l2C l20 d1,2 l2F d1,2 l2F d4,4
y MMMM d, EEEE|ne|0||sz966|d4,4 l20 n568 l20 d1,2 l2C l20 n569
y MMMM d|ne|1||sz966|d4,4 l20 n568 l20 d1,2
y MMM d|ne|2||sz966|d4,4 l20 n568 l20 d1,2
y MMM d, EEE|ne|||sz966|d4,4 l20 n568 l20 d1,2 l2C l20 n570
y-MM-dd, EEE|ne|||sz966|d4,4 l2D d2,2 l2D d2,2 l2C l20 n570
EEE d/M/y|nl_BE|||s|n41 l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|nmg|0||s|n571 l20 d1,2 l20 n572 l20 d4,4
d MMMM y|nmg|1||s|d1,2 l20 n572 l20 d4,4
d MMM y|nmg|2||s|d1,2 l20 n573 l20 d4,4
EEE d MMM y|nmg|||s|n574 l20 d1,2 l20 n573 l20 d4,4
EEE d/M/y|nmg|||s|n574 l20 d1,2 l2F d1,2 l2F d4,4
EEEE d. MMMM y|nn|0||s|n575 l20 d1,2 l2E l20 n58 l20 d4,4
d. MMM y|nn|2||s|d1,2 l2E l20 n576 l20 d4,4
EEE d. MMM y|nn|||s|n577 l20 d1,2 l2E l20 n576 l20 d4,4
EEE d.M.y|nn|||s|n577 l20 d1,2 l2E d1,2 l2E d4,4
EEEE , 'lyɛ'\u{30C}ʼ d 'na' MMMM, y|nnh|0||s|n578 l20 l2C l20 l6C l79 l25B l30C l2BC l20 d1,2 l20 l6E l61 l20 n579 l2C l20 d4,4
'lyɛ'\u{30C}ʼ d 'na' MMMM, y|nnh|1||s|l6C l79 l25B l30C l2BC l20 d1,2 l20 l6E l61 l20 n579 l2C l20 d4,4
d MMM, y|nnh|2||s|d1,2 l20 n579 l2C l20 d4,4
EEE , 'lyɛ'\u{30C}ʼ d 'na' MMM, y|nnh|||s|n578 l20 l2C l20 l6C l79 l25B l30C l2BC l20 d1,2 l20 l6E l61 l20 n579 l2C l20 d4,4
EEE , 'lyɛ'\u{30C}ʼ d 'na' M, y|nnh|||s|n578 l20 l2C l20 l6C l79 l25B l30C l2BC l20 d1,2 l20 l6E l61 l20 d1,2 l2C l20 d4,4
EEEE d MMMM y|nus|0||s|n580 l20 d1,2 l20 n581 l20 d4,4
d MMMM y|nus|1||s|d1,2 l20 n581 l20 d4,4
d MMM y|nus|2||s|d1,2 l20 n582 l20 d4,4
EEE\u{60C} d MMM y|nus|||s|n583 l60C l20 d1,2 l20 n582 l20 d4,4
EEE\u{60C} d/M/y|nus|||s|n583 l60C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, MMMM d, y|om|0||s|n584 l2C l20 n585 l20 d1,2 l2C l20 d4,4
dd MMMM y|om|1||s|d2,2 l20 n585 l20 d4,4
dd-MMM-y|om|2||s|d2,2 l2D n586 l2D d4,4
y MMM d|om|||s|d4,4 l20 n586 l20 d1,2
y MMM d, EEE|om|||s|d4,4 l20 n586 l20 d1,2 l2C l20 n587
d MMMM y|om|||s|d1,2 l20 n585 l20 d4,4
y-MM-dd, EEE|om|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n587
EEEE, MMMM d, y|or|0||s|n588 l2C l20 n589 l20 d1,2 l2C l20 d4,4
MMMM d, y|or|1||s|n589 l20 d1,2 l2C l20 d4,4
MMM d, y|or|2||s|n589 l20 d1,2 l2C l20 d4,4
EEE, MMM d, y|or|||s|n590 l2C l20 n589 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|or|||s|n590 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM, y\u{202F}'аз'|os|0|202F|s|n591 l2C l20 d1,2 l20 n592 l2C l20 d4,4 l202F l430 l437
d MMMM, y\u{202F}'аз'|os|1|202F|s|d1,2 l20 n592 l2C l20 d4,4 l202F l430 l437
dd MMM y\u{202F}'аз'|os|2|202F|s|d2,2 l20 n593 l20 d4,4 l202F l430 l437
d MMM, y\u{202F}'аз'|os||202F|s|d1,2 l20 n593 l2C l20 d4,4 l202F l430 l437
EEE, d MMM y|os|||s|n594 l2C l20 d1,2 l20 n593 l20 d4,4
EEE, dd.MM.y|os|||s|n594 l2C l20 d2,2 l2E d2,2 l2E d4,4
EEEE, d MMMM y|pa|0||s|n595 l2C l20 d1,2 l20 n596 l20 d4,4
d MMMM y|pa|1||s|d1,2 l20 n596 l20 d4,4
d MMM y|pa|2||s|d1,2 l20 n597 l20 d4,4
EEE, d MMM y|pa|||s|n598 l2C l20 d1,2 l20 n597 l20 d4,4
EEE, d/M/y|pa|||s|n598 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, dd MMMM y|pa_Arab|0||sz6F0|n599 l2C l20 d2,2 l20 n600 l20 d4,4
d MMMM y|pa_Arab|1||sz6F0|d1,2 l20 n600 l20 d4,4
d MMM y|pa_Arab|2||sz6F0|d1,2 l20 n600 l20 d4,4
dd/MM/y|pa_Arab|3||sz6F0|d2,2 l2F d2,2 l2F d4,4
d/M/y|pa_Arab|||sz6F0|d1,2 l2F d1,2 l2F d4,4
y MMM d, EEE|pa_Arab|||sz6F0|d4,4 l20 n600 l20 d1,2 l2C l20 n599
EEEE, d MMMM y|pa_Arab|||sz6F0|n599 l2C l20 d1,2 l20 n600 l20 d4,4
y-MM-dd, EEE|pa_Arab|||sz6F0|d4,4 l2D d2,2 l2D d2,2 l2C l20 n599
EEEE, d MMMM y|pcm|0||s|n601 l2C l20 d1,2 l20 n602 l20 d4,4
d MMMM y|pcm|1||s|d1,2 l20 n602 l20 d4,4
d MMM y|pcm|2||s|d1,2 l20 n603 l20 d4,4
EEE, d MMM y|pcm|||s|n604 l2C l20 d1,2 l20 n603 l20 d4,4
EEE, d/M/y|pcm|||s|n604 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE د y د MMMM d|ps_PK|0||sz6F0|n605 l20 l62F l20 d4,4 l20 l62F l20 n606 l20 d1,2
د y د MMMM d|ps_PK|1||sz6F0|l62F l20 d4,4 l20 l62F l20 n606 l20 d1,2
y MMM d|ps_PK|2||sz6F0|d4,4 l20 n606 l20 d1,2
y/M/d|ps_PK|3||sz6F0|d4,4 l2F d1,2 l2F d1,2
y MMM d, EEE|ps_PK|||sz6F0|d4,4 l20 n606 l20 d1,2 l2C l20 n605
y-MM-dd, EEE|ps_PK|||sz6F0|d4,4 l2D d2,2 l2D d2,2 l2C l20 n605
EEEE, d MMMM, y|qu|0||s|n607 l2C l20 d1,2 l20 n608 l2C l20 d4,4
d MMMM y|qu|1||s|d1,2 l20 n608 l20 d4,4
d MMM y|qu|2||s|d1,2 l20 n609 l20 d4,4
EEE, d MMM, y|qu|||s|n610 l2C l20 d1,2 l20 n609 l2C l20 d4,4
EEE, dd-MM-y|qu|||s|n610 l2C l20 d2,2 l2D d2,2 l2D d4,4
y MMMM d, EEEE|raj|0||sz966|d4,4 l20 n144 l20 d1,2 l2C l20 n336
y MMM d, EEE|raj|||sz966|d4,4 l20 n144 l20 d1,2 l2C l20 n336
y-MM-dd, EEE|raj|||sz966|d4,4 l2D d2,2 l2D d2,2 l2C l20 n336
EEEE, 'ils' d MMMM y|rm|0||s|n611 l2C l20 l69 l6C l73 l20 d1,2 l20 n612 l20 d4,4
d MMMM y|rm|1||s|d1,2 l20 n612 l20 d4,4
EEE, dd-MM-y|rm|||s|n613 l2C l20 d2,2 l2D d2,2 l2D d4,4
EEEE d MMMM y|rn|0||s|n614 l20 d1,2 l20 n615 l20 d4,4
d MMMM y|rn|1||s|d1,2 l20 n615 l20 d4,4
d MMM y|rn|2||s|d1,2 l20 n616 l20 d4,4
EEE d MMM y|rn|||s|n617 l20 d1,2 l20 n616 l20 d4,4
EEE d/M/y|rn|||s|n617 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|ro|0||s|n618 l2C l20 d1,2 l20 n619 l20 d4,4
d MMMM y|ro|1||s|d1,2 l20 n619 l20 d4,4
d MMM y|ro|2||s|d1,2 l20 n620 l20 d4,4
EEE, d MMM y|ro|||s|n621 l2C l20 d1,2 l20 n620 l20 d4,4
EEE, dd.MM.y|ro|||s|n621 l2C l20 d2,2 l2E d2,2 l2E d4,4
EEE, d MMM y|ro_MD|||s|n622 l2C l20 d1,2 l20 n620 l20 d4,4
EEE, dd.MM.y|ro_MD|||s|n622 l2C l20 d2,2 l2E d2,2 l2E d4,4
EEEE, d MMMM y|rof|0||s|n623 l2C l20 d1,2 l20 n624 l20 d4,4
d MMMM y|rof|1||s|d1,2 l20 n624 l20 d4,4
d MMM y|rof|2||s|d1,2 l20 n625 l20 d4,4
EEE, MMM d, y|rof|||s|n626 l2C l20 n625 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|rof|||s|n626 l2C l20 d1,2 l2F d1,2 l2F d4,4
ccc, d.MM.y|ru_UA|||s|n26 l2C l20 d1,2 l2E d2,2 l2E d4,4
y MMMM d, EEEE|rw|0||s|d4,4 l20 n627 l20 d1,2 l2C l20 n628
y MMMM d|rw|1||s|d4,4 l20 n627 l20 d1,2
y MMM d|rw|2||s|d4,4 l20 n629 l20 d1,2
y MMM d, EEE|rw|||s|d4,4 l20 n629 l20 d1,2 l2C l20 n630
y-MM-dd, EEE|rw|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n630
EEEE, d MMMM y|sa|0||sz966|n631 l2C l20 d1,2 l20 n632 l20 d4,4
d MMMM y|sa|1||sz966|d1,2 l20 n632 l20 d4,4
d MMM y|sa|2||sz966|d1,2 l20 n633 l20 d4,4
EEE, d MMM y|sa|||sz966|n339 l2C l20 d1,2 l20 n633 l20 d4,4
EEE, d/M/y|sa|||sz966|n339 l2C l20 d1,2 l2F d1,2 l2F d4,4
y\u{202F}'сыл' MMMM d 'күнэ', EEEE|sah|0|202F|s|d4,4 l202F l441 l44B l43B l20 n634 l20 d1,2 l20 l43A l4AF l43D l44D l2C l20 n635
y, MMMM d|sah|1||s|d4,4 l2C l20 n634 l20 d1,2
y, MMM d|sah|2||s|d4,4 l2C l20 n636 l20 d1,2
y MMM d|sah|||s|d4,4 l20 n636 l20 d1,2
y MMM d, EEE|sah|||s|d4,4 l20 n636 l20 d1,2 l2C l20 n637
y-MM-dd, EEE|sah|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n637
EEEE, d MMMM y|saq|0||s|n638 l2C l20 d1,2 l20 n639 l20 d4,4
d MMMM y|saq|1||s|d1,2 l20 n639 l20 d4,4
d MMM y|saq|2||s|d1,2 l20 n640 l20 d4,4
EEE, MMM d, y|saq|||s|n641 l2C l20 n640 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|saq|||s|n641 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|sat|0||sz1C50|n642 l2C l20 d1,2 l20 n643 l20 d4,4
d MMMM y|sat|1||sz1C50|d1,2 l20 n643 l20 d4,4
d MMM y|sat|2||sz1C50|d1,2 l20 n644 l20 d4,4
d/M/y|sat|||sz1C50|d1,2 l2F d1,2 l2F d4,4
y MMM d, EEE|sat|||sz1C50|d4,4 l20 n644 l20 d1,2 l2C l20 n645
y-MM-dd, EEE|sat|||sz1C50|d4,4 l2D d2,2 l2D d2,2 l2C l20 n645
EEEE, d MMMM y|sbp|0||s|n646 l2C l20 d1,2 l20 n647 l20 d4,4
d MMMM y|sbp|1||s|d1,2 l20 n647 l20 d4,4
d MMM y|sbp|2||s|d1,2 l20 n648 l20 d4,4
MMM d y|sbp|||s|n648 l20 d1,2 l20 d4,4
EEE, MMM d, y|sbp|||s|n649 l2C l20 n648 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|sbp|||s|n649 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE d 'de' MMMM 'de' 'su' y|sc|0||s|n650 l20 d1,2 l20 l64 l65 l20 n651 l20 l64 l65 l20 l73 l75 l20 d4,4
d 'de' MMMM 'de' 'su' y|sc|1||s|d1,2 l20 l64 l65 l20 n651 l20 l64 l65 l20 l73 l75 l20 d4,4
d 'de' MMM y|sc|2||s|d1,2 l20 l64 l65 l20 n652 l20 d4,4
EEE d 'de' MMM y|sc|||s|n653 l20 d1,2 l20 l64 l65 l20 n652 l20 d4,4
EEE dd/MM/y|sc|||s|n653 l20 d2,2 l2F d2,2 l2F d4,4
EEEE, MMMM d, y|sd|0||sz660|n654 l2C l20 n655 l20 d1,2 l2C l20 d4,4
y MMMM d|sd|1||sz660|d4,4 l20 n655 l20 d1,2
y MMM d|sd|2||sz660|d4,4 l20 n655 l20 d1,2
y MMM d, EEE|sd|||sz660|d4,4 l20 n655 l20 d1,2 l2C l20 n654
y-MM-dd, EEE|sd|||sz660|d4,4 l2D d2,2 l2D d2,2 l2C l20 n654
EEEE, MMMM d, y|sd_Deva|0||s|n656 l2C l20 n657 l20 d1,2 l2C l20 d4,4
MMMM d, y|sd_Deva|1||s|n657 l20 d1,2 l2C l20 d4,4
MMM d, y|sd_Deva|2||s|n658 l20 d1,2 l2C l20 d4,4
EEE, MMM d, y|sd_Deva|||s|n659 l2C l20 n658 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|sd_Deva|||s|n659 l2C l20 d1,2 l2F d1,2 l2F d4,4
y MMMM d, EEEE|se|0||s|d4,4 l20 n660 l20 d1,2 l2C l20 n661
y MMMM d|se|1||s|d4,4 l20 n660 l20 d1,2
y MMM d|se|2||s|d4,4 l20 n662 l20 d1,2
y MMM d, EEE|se|||s|d4,4 l20 n662 l20 d1,2 l2C l20 n663
y-MM-dd, EEE|se|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n663
EEEE d MMMM y|se_FI|0||s|n664 l20 d1,2 l20 n660 l20 d4,4
d MMMM y|se_FI|1||s|d1,2 l20 n660 l20 d4,4
d MMM y|se_FI|2||s|d1,2 l20 n665 l20 d4,4
EEE d MMM y|se_FI|||s|n666 l20 d1,2 l20 n665 l20 d4,4
EEE dd.MM.y|se_FI|||s|n666 l20 d2,2 l2E d2,2 l2E d4,4
EEEE, d 'de' MMMM 'de' y|seh|0||s|n667 l2C l20 d1,2 l20 l64 l65 l20 n668 l20 l64 l65 l20 d4,4
d 'de' MMMM 'de' y|seh|1||s|d1,2 l20 l64 l65 l20 n668 l20 l64 l65 l20 d4,4
d 'de' MMM 'de' y|seh|2||s|d1,2 l20 l64 l65 l20 n669 l20 l64 l65 l20 d4,4
EEE, d 'de' MMM 'de' y|seh|||s|n670 l2C l20 d1,2 l20 l64 l65 l20 n669 l20 l64 l65 l20 d4,4
EEE, dd/MM/y|seh|||s|n670 l2C l20 d2,2 l2F d2,2 l2F d4,4
EEEE d MMMM y|ses|0||s|n671 l20 d1,2 l20 n217 l20 d4,4
EEEE d MMMM y|sg|0||s|n672 l20 d1,2 l20 n673 l20 d4,4
d MMMM y|sg|1||s|d1,2 l20 n673 l20 d4,4
d MMM, y|sg|2||s|d1,2 l20 n674 l2C l20 d4,4
EEE d MMM y|sg|||s|n675 l20 d1,2 l20 n674 l20 d4,4
EEE d/M/y|sg|||s|n675 l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|shi|0||s|n676 l20 d1,2 l20 n677 l20 d4,4
d MMMM y|shi|1||s|d1,2 l20 n677 l20 d4,4
d MMM, y|shi|2||s|d1,2 l20 n678 l2C l20 d4,4
EEE d MMM y|shi|||s|n679 l20 d1,2 l20 n678 l20 d4,4
EEE d/M/y|shi|||s|n679 l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|shi_Latn|0||s|n680 l20 d1,2 l20 n681 l20 d4,4
d MMMM y|shi_Latn|1||s|d1,2 l20 n681 l20 d4,4
d MMM, y|shi_Latn|2||s|d1,2 l20 n682 l2C l20 d4,4
EEE d MMM y|shi_Latn|||s|n683 l20 d1,2 l20 n682 l20 d4,4
EEE d/M/y|shi_Latn|||s|n683 l20 d1,2 l2F d1,2 l2F d4,4
y MMMM d, EEEE|si|0||s|d4,4 l20 n684 l20 d1,2 l2C l20 n685
y MMMM d|si|1||s|d4,4 l20 n684 l20 d1,2
y MMM d|si|2||s|d4,4 l20 n686 l20 d1,2
y MMM d, EEE|si|||s|d4,4 l20 n686 l20 d1,2 l2C l20 n687
y-M-d, EEE|si|||s|d4,4 l2D d1,2 l2D d1,2 l2C l20 n687
EEEE d. MMMM y|sk|0||s|n688 l20 d1,2 l2E l20 n689 l20 d4,4
d. MMMM y|sk|1||s|d1,2 l2E l20 n689 l20 d4,4
EEE d. M. y|sk|||s|n690 l20 d1,2 l2E l20 d1,2 l2E l20 d4,4
EEEE, d. MMMM y|sl|0||s|n691 l2C l20 d1,2 l2E l20 n692 l20 d4,4
d. MMMM y|sl|1||s|d1,2 l2E l20 n692 l20 d4,4
d. MMM y|sl|2||s|d1,2 l2E l20 n693 l20 d4,4
EEE, d. MMM y|sl|||s|n694 l2C l20 d1,2 l2E l20 n693 l20 d4,4
EEE, d. M. y|sl|||s|n694 l2C l20 d1,2 l2E l20 d1,2 l2E l20 d4,4
cccc, MMMM d. y|smn|0||s|n695 l2C l20 n696 l20 d1,2 l2E l20 d4,4
MMMM d. y|smn|1||s|n696 l20 d1,2 l2E l20 d4,4
MMM d. y|smn|2||s|n697 l20 d1,2 l2E l20 d4,4
ccc, MMM d. y|smn|||s|n698 l2C l20 n697 l20 d1,2 l2E l20 d4,4
EEE d.M.y|smn|||s|n698 l20 d1,2 l2E d1,2 l2E d4,4
y MMMM d, EEEE|sn|0||s|d4,4 l20 n699 l20 d1,2 l2C l20 n700
y MMMM d|sn|1||s|d4,4 l20 n699 l20 d1,2
y MMM d|sn|2||s|d4,4 l20 n701 l20 d1,2
y MMM d, EEE|sn|||s|d4,4 l20 n701 l20 d1,2 l2C l20 n702
y-MM-dd, EEE|sn|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n702
EEEE, MMMM d, y|so|0||s|n703 l2C l20 n704 l20 d1,2 l2C l20 d4,4
MMMM d, y|so|1||s|n704 l20 d1,2 l2C l20 d4,4
dd-MMM-y|so|2||s|d2,2 l2D n705 l2D d4,4
MMM d, y|so|||s|n705 l20 d1,2 l2C l20 d4,4
EEE, MMM d, y|so|||s|n706 l2C l20 n705 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|so|||s|n706 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|sq|0||s|n707 l2C l20 d1,2 l20 n708 l20 d4,4
d MMMM y|sq|1||s|d1,2 l20 n708 l20 d4,4
d MMM y|sq|2||s|d1,2 l20 n709 l20 d4,4
EEE, d MMM y|sq|||s|n710 l2C l20 d1,2 l20 n709 l20 d4,4
EEE, d.M.y|sq|||s|n710 l2C l20 d1,2 l2E d1,2 l2E d4,4
EEEE, d. MMMM y.|sr|0||s|n711 l2C l20 d1,2 l2E l20 n712 l20 d4,4 l2E
d. MMMM y.|sr|1||s|d1,2 l2E l20 n712 l20 d4,4 l2E
d. MMM y.|sr|||s|d1,2 l2E l20 n713 l20 d4,4 l2E
EEE, d. MMM y.|sr|||s|n714 l2C l20 d1,2 l2E l20 n713 l20 d4,4 l2E
EEE, d. M. y.|sr|||s|n714 l2C l20 d1,2 l2E l20 d1,2 l2E l20 d4,4 l2E
EEEE, d. MMMM y.|sr_Cyrl_BA|0||s|n171 l2C l20 d1,2 l2E l20 n712 l20 d4,4 l2E
EEE, d. MMM y.|sr_Cyrl_BA|||s|n174 l2C l20 d1,2 l2E l20 n713 l20 d4,4 l2E
EEE, d. M. y.|sr_Cyrl_BA|||s|n174 l2C l20 d1,2 l2E l20 d1,2 l2E l20 d4,4 l2E
EEEE, d. MMMM y.|sr_Cyrl_ME|0||s|n715 l2C l20 d1,2 l2E l20 n712 l20 d4,4 l2E
d. MMM y.|sr_Cyrl_ME|||s|d1,2 l2E l20 n716 l20 d4,4 l2E
EEE, d. MMM y.|sr_Cyrl_ME|||s|n714 l2C l20 d1,2 l2E l20 n716 l20 d4,4 l2E
EEEE, d. MMMM y.|sr_Latn|0||s|n717 l2C l20 d1,2 l2E l20 n718 l20 d4,4 l2E
d. MMMM y.|sr_Latn|1||s|d1,2 l2E l20 n718 l20 d4,4 l2E
d. MMM y.|sr_Latn|||s|d1,2 l2E l20 n719 l20 d4,4 l2E
EEE, d. MMM y.|sr_Latn|||s|n720 l2C l20 d1,2 l2E l20 n719 l20 d4,4 l2E
EEE, d. M. y.|sr_Latn|||s|n720 l2C l20 d1,2 l2E l20 d1,2 l2E l20 d4,4 l2E
EEEE, d. MMMM y.|sr_Latn_BA|0||s|n167 l2C l20 d1,2 l2E l20 n718 l20 d4,4 l2E
EEE, d. MMM y.|sr_Latn_BA|||s|n170 l2C l20 d1,2 l2E l20 n719 l20 d4,4 l2E
EEE, d. M. y.|sr_Latn_BA|||s|n170 l2C l20 d1,2 l2E l20 d1,2 l2E l20 d4,4 l2E
EEEE, d. MMMM y.|sr_Latn_ME|0||s|n721 l2C l20 d1,2 l2E l20 n718 l20 d4,4 l2E
d. MMM y.|sr_Latn_ME|||s|d1,2 l2E l20 n722 l20 d4,4 l2E
EEE, d. MMM y.|sr_Latn_ME|||s|n720 l2C l20 d1,2 l2E l20 n722 l20 d4,4 l2E
EEEE, d MMMM y|su|0||s|n723 l2C l20 d1,2 l20 n724 l20 d4,4
d MMMM y|su|1||s|d1,2 l20 n724 l20 d4,4
d MMM y|su|2||s|d1,2 l20 n725 l20 d4,4
d MMM, y|su|||s|d1,2 l20 n725 l2C l20 d4,4
EEE, d MMM y|su|||s|n726 l2C l20 d1,2 l20 n725 l20 d4,4
EEE, d/M/y|su|||s|n726 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEE, d MMM y|sw|||s|n109 l2C l20 d1,2 l20 n375 l20 d4,4
EEE, d/M/y|sw|||s|n109 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM, y|ta|0||s|n727 l2C l20 d1,2 l20 n728 l2C l20 d4,4
d MMMM, y|ta|1||s|d1,2 l20 n728 l2C l20 d4,4
d MMM, y|ta|2||s|d1,2 l20 n729 l2C l20 d4,4
EEE, d MMM, y|ta|||s|n730 l2C l20 d1,2 l20 n729 l2C l20 d4,4
EEE, d/M/y|ta|||s|n730 l2C l20 d1,2 l2F d1,2 l2F d4,4
d, MMMM y, EEEE|te|0||s|d1,2 l2C l20 n731 l20 d4,4 l2C l20 n732
d MMMM, y|te|1||s|d1,2 l20 n731 l2C l20 d4,4
d MMM, y|te|2||s|d1,2 l20 n733 l2C l20 d4,4
d, MMM y|te|||s|d1,2 l2C l20 n733 l20 d4,4
d MMM, y, EEE|te|||s|d1,2 l20 n733 l2C l20 d4,4 l2C l20 n734
d/M/y, EEE|te|||s|d1,2 l2F d1,2 l2F d4,4 l2C l20 n734
EEEE, d MMMM y|teo|0||s|n735 l2C l20 d1,2 l20 n736 l20 d4,4
d MMMM y|teo|1||s|d1,2 l20 n736 l20 d4,4
d MMM y|teo|2||s|d1,2 l20 n737 l20 d4,4
EEE, MMM d, y|teo|||s|n738 l2C l20 n737 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|teo|||s|n738 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, dd MMMM y|tg|0||s|n739 l2C l20 d2,2 l20 n740 l20 d4,4
dd MMMM y|tg|1||s|d2,2 l20 n740 l20 d4,4
dd MMM y|tg|2||s|d2,2 l20 n741 l20 d4,4
d MMM, y|tg|||s|d1,2 l20 n741 l2C l20 d4,4
EEE, d MMM, y|tg|||s|n742 l2C l20 d1,2 l20 n741 l2C l20 d4,4
EEEE, d MMMM y|tg|||s|n739 l2C l20 d1,2 l20 n740 l20 d4,4
d MMMM y|tg|||s|d1,2 l20 n740 l20 d4,4
EEE, d/M/y|tg|||s|n742 l2C l20 d1,2 l2F d1,2 l2F d4,4
d MMMM y|th|1|||d1,2 l20 n744 l20 d4,4
d MMM y|th|2|||d1,2 l20 n745 l20 d4,4
d/M/y|th||||d1,2 l2F d1,2 l2F d4,4
EEE d MMM y|th||||n746 l20 d1,2 l20 n745 l20 d4,4
EEEEท\u{E35}\u{E48} d MMMM y|th||||n743 lE17 lE35 lE48 l20 d1,2 l20 n744 l20 d4,4
EEE d/M/y|th||||n746 l20 d1,2 l2F d1,2 l2F d4,4
EEEE\u{1363} d MMMM y|ti|0||s|n747 l1363 l20 d1,2 l20 n748 l20 d4,4
d MMMM y|ti|1||s|d1,2 l20 n748 l20 d4,4
d MMM y|ti|2||s|d1,2 l20 n749 l20 d4,4
y MMM d, EEE|ti|||s|d4,4 l20 n749 l20 d1,2 l2C l20 n750
EEE\u{1363} d/M/y|ti|||s|n750 l1363 l20 d1,2 l2F d1,2 l2F d4,4
d MMMM y EEEE|tk|0||s|d1,2 l20 n751 l20 d4,4 l20 n752
d MMMM y|tk|1||s|d1,2 l20 n751 l20 d4,4
d MMM y|tk|2||s|d1,2 l20 n753 l20 d4,4
d MMM y EEE|tk|||s|d1,2 l20 n753 l20 d4,4 l20 n754
dd.MM.y EEE|tk|||s|d2,2 l2E d2,2 l2E d4,4 l20 n754
EEEE d MMMM y|to|0||s|n755 l20 d1,2 l20 n756 l20 d4,4
d MMMM y|to|1||s|d1,2 l20 n756 l20 d4,4
d MMM y|to|2||s|d1,2 l20 n757 l20 d4,4
EEE d MMM y|to|||s|n758 l20 d1,2 l20 n757 l20 d4,4
EEE d/M/y|to|||s|n758 l20 d1,2 l2F d1,2 l2F d4,4
d MMMM, y\u{202F}'ел', EEEE|tt|0|202F|s|d1,2 l20 n759 l2C l20 d4,4 l202F l435 l43B l2C l20 n760
d MMMM, y\u{202F}'ел'|tt|1|202F|s|d1,2 l20 n759 l2C l20 d4,4 l202F l435 l43B
d MMM, y\u{202F}'ел'|tt|2|202F|s|d1,2 l20 n761 l2C l20 d4,4 l202F l435 l43B
y\u{202F}'ел', d MMM|tt||202F|s|d4,4 l202F l435 l43B l2C l20 d1,2 l20 n761
y\u{202F}'ел', d MMM, EEE|tt||202F|s|d4,4 l202F l435 l43B l2C l20 d1,2 l20 n761 l2C l20 n762
dd.MM.y, EEE|tt|||s|d2,2 l2E d2,2 l2E d4,4 l2C l20 n762
EEEE, d MMMM y|tzm|0||s|n763 l2C l20 d1,2 l20 n764 l20 d4,4
d MMMM y|tzm|1||s|d1,2 l20 n764 l20 d4,4
d MMM y|tzm|2||s|d1,2 l20 n765 l20 d4,4
EEE, MMM d, y|tzm|||s|n766 l2C l20 n765 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|tzm|||s|n766 l2C l20 d1,2 l2F d1,2 l2F d4,4
y d-MMMM\u{60C} EEEE|ug|0||s|d4,4 l20 d1,2 l2D n767 l60C l20 n768
d-MMMM\u{60C} y|ug|1||s|d1,2 l2D n767 l60C l20 d4,4
d-MMM\u{60C} y|ug|2||s|d1,2 l2D n767 l60C l20 d4,4
y d-MMM|ug|||s|d4,4 l20 d1,2 l2D n767
y d-MMM\u{60C} EEE|ug|||s|d4,4 l20 d1,2 l2D n767 l60C l20 n769
y-d-M\u{60C} EEE|ug|||s|d4,4 l2D d1,2 l2D d1,2 l60C l20 n769
EEEE\u{60C} d MMMM\u{60C} y|ur|0||s|n770 l60C l20 d1,2 l20 n771 l60C l20 d4,4
d MMMM\u{60C} y|ur|1||s|d1,2 l20 n771 l60C l20 d4,4
d MMM\u{60C} y|ur|2||s|d1,2 l20 n771 l60C l20 d4,4
EEE\u{60C} d MMM\u{60C} y|ur|||s|n770 l60C l20 d1,2 l20 n771 l60C l20 d4,4
EEE\u{60C} d/M/y|ur|||s|n770 l60C l20 d1,2 l2F d1,2 l2F d4,4
EEEE\u{60C} d MMMM\u{60C} y|ur_IN|0||sz6F0|n770 l60C l20 d1,2 l20 n771 l60C l20 d4,4
d MMMM\u{60C} y|ur_IN|1||sz6F0|d1,2 l20 n771 l60C l20 d4,4
d MMM\u{60C} y|ur_IN|2||sz6F0|d1,2 l20 n771 l60C l20 d4,4
EEE\u{60C} d MMM\u{60C} y|ur_IN|||sz6F0|n770 l60C l20 d1,2 l20 n771 l60C l20 d4,4
EEE\u{60C} d/M/y|ur_IN|||sz6F0|n770 l60C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d-MMMM, y|uz|0||s|n772 l2C l20 d1,2 l2D n773 l2C l20 d4,4
d-MMMM, y|uz|1||s|d1,2 l2D n773 l2C l20 d4,4
d-MMM, y|uz|2||s|d1,2 l2D n774 l2C l20 d4,4
EEE, d-MMM, y|uz|||s|n775 l2C l20 d1,2 l2D n774 l2C l20 d4,4
EEE, dd/MM/y|uz|||s|n775 l2C l20 d2,2 l2F d2,2 l2F d4,4
EEEE, dd MMMM, y|uz_Cyrl|0||s|n776 l2C l20 d2,2 l20 n777 l2C l20 d4,4
d MMMM, y|uz_Cyrl|1||s|d1,2 l20 n777 l2C l20 d4,4
d MMM, y|uz_Cyrl|2||s|d1,2 l20 n185 l2C l20 d4,4
EEE, d-MMM, y|uz_Cyrl|||s|n778 l2C l20 d1,2 l2D n185 l2C l20 d4,4
EEEE, d MMMM, y|uz_Cyrl|||s|n776 l2C l20 d1,2 l20 n777 l2C l20 d4,4
EEE, dd/MM/y|uz_Cyrl|||s|n778 l2C l20 d2,2 l2F d2,2 l2F d4,4
EEEE, d MMMM y|vai|0||s|n779 l2C l20 d1,2 l20 n780 l20 d4,4
d MMMM y|vai|1||s|d1,2 l20 n780 l20 d4,4
d MMM y|vai|2||s|d1,2 l20 n781 l20 d4,4
EEE, MMM d, y|vai|||s|n779 l2C l20 n781 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|vai|||s|n779 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|vai_Latn|0||s|n782 l2C l20 d1,2 l20 n783 l20 d4,4
d MMMM y|vai_Latn|1||s|d1,2 l20 n783 l20 d4,4
d MMM y|vai_Latn|2||s|d1,2 l20 n783 l20 d4,4
MMM d y|vai_Latn|||s|n783 l20 d1,2 l20 d4,4
EEE, MMM d, y|vai_Latn|||s|n782 l2C l20 n783 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|vai_Latn|||s|n782 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d. MMMM y|wae|0||s|n784 l2C l20 d1,2 l2E l20 n785 l20 d4,4
d. MMMM y|wae|1||s|d1,2 l2E l20 n785 l20 d4,4
d. MMM y|wae|2||s|d1,2 l2E l20 n786 l20 d4,4
EEE, d. MMM y|wae|||s|n787 l2C l20 d1,2 l2E l20 n786 l20 d4,4
y-MM-dd, EEE|wae|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n787
EEEE, d MMM, y|wo|0||s|n788 l2C l20 d1,2 l20 n789 l2C l20 d4,4
d MMMM, y|wo|1||s|d1,2 l20 n790 l2C l20 d4,4
d MMM, y|wo|2||s|d1,2 l20 n789 l2C l20 d4,4
d MMM y|wo|||s|d1,2 l20 n789 l20 d4,4
EEE, d MMM y|wo|||s|n791 l2C l20 d1,2 l20 n789 l20 d4,4
EEEE, d MMMM, y|wo|||s|n788 l2C l20 d1,2 l20 n790 l2C l20 d4,4
EEE, dd-MM-y|wo|||s|n791 l2C l20 d2,2 l2D d2,2 l2D d4,4
EEEE, MMMM d, y|xh|0||s|n792 l2C l20 n793 l20 d1,2 l2C l20 d4,4
MMMM d, y|xh|1||s|n793 l20 d1,2 l2C l20 d4,4
MMM d, y|xh|2||s|n794 l20 d1,2 l2C l20 d4,4
EEE, MMM d, y|xh|||s|n795 l2C l20 n794 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|xh|||s|n795 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|xog|0||s|n796 l2C l20 d1,2 l20 n468 l20 d4,4
EEE, MMM d, y|xog|||s|n797 l2C l20 n469 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|xog|||s|n797 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|yav|0||s|n798 l20 d1,2 l20 n799 l20 d4,4
d MMMM y|yav|1||s|d1,2 l20 n799 l20 d4,4
d MMM y|yav|2||s|d1,2 l20 n800 l20 d4,4
EEE d MMM y|yav|||s|n801 l20 d1,2 l20 n800 l20 d4,4
EEE d/M/y|yav|||s|n801 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, dטן MMMM y|yi|0||s|n802 l2C l20 d1,2 l5D8 l5DF l20 n803 l20 d4,4
dטן MMMM y|yi|1||s|d1,2 l5D8 l5DF l20 n803 l20 d4,4
dטן MMM y|yi|2||s|d1,2 l5D8 l5DF l20 n803 l20 d4,4
EEE, dטן MMM y|yi|||s|n802 l2C l20 d1,2 l5D8 l5DF l20 n803 l20 d4,4
EEE, d/M/y|yi|||s|n802 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMM y|yo|0||s|n804 l2C l20 d1,2 l20 n805 l20 d4,4
d MMM y|yo|1||s|d1,2 l20 n805 l20 d4,4
d MM y|yo|2||s|d1,2 l20 d2,2 l20 d4,4
EEE, d MMM , y|yo|||s|n806 l2C l20 d1,2 l20 n805 l20 l2C l20 d4,4
EEEE, d MMMM y|yo|||s|n804 l2C l20 d1,2 l20 n807 l20 d4,4
d MMMM y|yo|||s|d1,2 l20 n807 l20 d4,4
d/M/y, EEE|yo|||s|d1,2 l2F d1,2 l2F d4,4 l2C l20 n806
EEEE, d MMM y|yo_BJ|0||s|n808 l2C l20 d1,2 l20 n809 l20 d4,4
d MMM y|yo_BJ|1||s|d1,2 l20 n809 l20 d4,4
EEE, d MMM , y|yo_BJ|||s|n810 l2C l20 d1,2 l20 n809 l20 l2C l20 d4,4
EEEE, d MMMM y|yo_BJ|||s|n808 l2C l20 d1,2 l20 n811 l20 d4,4
d MMMM y|yo_BJ|||s|d1,2 l20 n811 l20 d4,4
d/M/y, EEE|yo_BJ|||s|d1,2 l2F d1,2 l2F d4,4 l2C l20 n810
EEEE, d MMMM y|yrl|0||s|n812 l2C l20 d1,2 l20 n813 l20 d4,4
d MMMM y|yrl|1||s|d1,2 l20 n813 l20 d4,4
d MMM y|yrl|2||s|d1,2 l20 n814 l20 d4,4
EEE, d MMM y|yrl|||s|n815 l2C l20 d1,2 l20 n814 l20 d4,4
EEE, dd/MM/y|yrl|||s|n815 l2C l20 d2,2 l2F d2,2 l2F d4,4
y年M月d日 EEE|yue|||s|d4,4 l5E74 d1,2 l6708 d1,2 l65E5 l20 n4
y/M/d\u{FF08}EEE\u{FF09}|yue|||s|d4,4 l2F d1,2 l2F d1,2 lFF08 n4 lFF09
EEEE d MMMM y|zgh|0||s|n816 l20 d1,2 l20 n677 l20 d4,4
y MMM d|zgh|||s|d4,4 l20 n678 l20 d1,2
d/M/y\u{FF08}EEE\u{FF09}|zh_Hans_HK|||s|d1,2 l2F d1,2 l2F d4,4 lFF08 n5 lFF09
y年M月d日\u{FF0C}EEE|zh_Hans_MO|||s|d4,4 l5E74 d1,2 l6708 d1,2 l65E5 lFF0C n5
y年M月d日EEE|zh_Hant_HK|||s|d4,4 l5E74 d1,2 l6708 d1,2 l65E5 n73
d/M/y\u{FF08}EEE\u{FF09}|zh_Hant_HK|||s|d1,2 l2F d1,2 l2F d4,4 lFF08 n73 lFF09
EEEE, MMMM d, y|zu|0||s|n817 l2C l20 n818 l20 d1,2 l2C l20 d4,4
MMMM d, y|zu|1||s|n818 l20 d1,2 l2C l20 d4,4
MMM d, y|zu|2||s|n819 l20 d1,2 l2C l20 d4,4
EEE, MMM d, y|zu|||s|n820 l2C l20 n819 l20 d1,2 l2C l20 d4,4
y-MM-dd, EEE|zu|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n820
"""

    /// Every name of those lists in code point order: name|entries (list << 4 | value, hex).
    static let embeddedNameText = """
1-Kysã|1900
1-р сар|21A0
10-Kysã|1909
10-р сар|21A9
10Ky.|1919
10월|99
11-Kysã|190A
11-р сар|21AA
11Ky.|191A
11월|9A
12|EEB
12-Kysã|190B
12-р сар|21AB
12Ky.|191B
12월|9B
1Ky.|1910
1월|90
2-Kysã|1901
2-р сар|21A1
2Ky.|1911
2월|91
3-Kysã|1902
3-р сар|21A2
3Ky.|1912
3월|92
4-Kysã|1903
4-р сар|21A3
4Ky.|1913
4월|93
5-Kysã|1904
5-р сар|21A4
5Ky.|1914
5월|94
6-Kysã|1905
6-р сар|21A5
6Ky.|1915
6월|95
7-Kysã|1906
7-р сар|21A6
7Ky.|1916
7월|96
8-Kysã|1907
8-р сар|21A7
8Ky.|1917
8월|97
9-Kysã|1908
9-р сар|21A8
9Ky.|1918
9월|98
A-K|5C6
AGA|1FB7
ART|1984
Aar|2E22
Ab|EA3
Abr|BD3 18D3 2613 29D3 2C13 3123
Abr.|1D13
Abril|BC3 18C3 2603 29C3
Abrille|3113
Abrëll|1D03
Aburil|E93
Ado|24A6
Adooleessa|2496
Afi|1463
Afirilu|1453
Aga|31A7 3337
Agasti|1FA7 3197 3327
Ago|6F7 BD7 1777 18D7 1EE7 2617
Agosti|6E7 13D7 1B67
Agosto|BC7 2607
Agostu|18C7
Ags|2D57
Agt|13E7 17A7
Agu|507 1467 1D57
Agusito|1D47
Agusta|1457
Agusti|1767
Agustus|4F7 2D47
Agɛ|3296
Agẹ|3256
Ahad|1790 17B0 2220
Ahd|2250
Aib|12A3
Aibreán|1293
Aj|3261 32A1
Akr|2FE3
Akras|2FB3
Akw|2FE4
Akwas|2FB4
Al|1EF4
Ala|DB3 EB3 1943
Alah|2040
Alahady|2010
Alahamisi|2864
Alak|2044
Alakamisy|2014
Alamíisi|1CB4
Alar|2043
Alarba|D83 1933 29F3
Alarbay|E83
Alarobia|2013
Alats|2041
Alatsinainy|2011
Alaámisi|1F64
Alh|704 DB0 1474 1784 1940 1B74 1CE4 2724 2894
Alhadi|D80 1930 29F0
Alhamiisa|1934 29F4
Alhamis|1444
Alhamisi|6D4 D84 1754 1B54 26F4
Alj|1945
Aljuma|1935
Alm|DB4 1944
Alt|3171
Altine|3141
Alx|3174
Alxamis|3144
Alz|DB5
Alzuma|D85 29F5
Ama|24A0
Amajjii|2490
Aneg 1|2090
Aneg 2|2091
Aneg 3|2092
Aneg 4|2093
Aneg 5|2094
Aneg 6|2095
Aneg 7|2096
Aog|2037
Aogositra|2027
Aoine|12B5
Aoǁkhuumûǁkhâb|2327
Apiriri|13D3
Aplili|1B63
Apr|13 1B3 1C3 503 6F3 1263 1363 13E3 1773 17A3 1BE3 1EE3 2033 2243 2283 2D53
Apr.|D3 543 D73
Aprell|1BD3
April|33 C3 4F3 533 D63 1253 1353 2233 2273 2D43
Aprili|6E3
Aprily|2023
Aprilyi|1763
Apu|1D53
Apuli|1D43
Ara|30B EB4 2084
Arahamisi|2054
Aralık|2EB
Aramisay|E84
Aramisi|13C4
Aramithi|F04 1954
Arbaco|2BF3
Arbc|2C23
Are|2810
Arj|EB5
Arjuma|E85
Arm|F34
Ars|13F4
Ará|1F81
Arát|1F71
Asa|1476 2FE0
Asab|2046
Asabar|1446
Asabotsy|2016
Asamas|2FB0
Ase|3176
Aseer|3146
Asi|DB6
Asibti|D86 29F6
Asimwas|2FB5
Asinas|2FB2
Asiḍyas|2FB6
Asm|2FE5
Asn|2FE2
Ass|1946
Assabdu|1936
Asḍ|2FE6
Ata|DB2 1942
Atalaata|D82 29F2
Atalata|1932
Ati|DB1 1941
Atini|1931
Atinni|D81 29F1
Aug|17 1B7 1C7 1267 1367 29D7
Aug.|D7 547 D77 1D17
Auguscht|1357
August|37 C7 D67 1D07
Augusto|29C7
Augustus|537 1257
Averil|1403
Avo|1227
Avost|1217
Avr|1223
Avrril|1423
Avrîl|1213
Awi|DA3
Awiril|D93
Awr|3153
Awril|3163
Awst|CF7 D07
Aww|2287
Awwissu|2277
Axad|2BF0
Axd|2C20
Ayn|2FE1
Aynas|2FB1
Ayɛwoho-Kitawonsa|5B6
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
Bal|1D61
Bala|31D1
Balaza|1D31 31C1
Bar|2E21
Beal|12A4
Bealtaine|1294
Ben|5D2
Benada|5A2
Bikua-ôko|2A00
Bil|3342
Bisha Afraad|2C03
Bisha Koobaad|2C00
Bisha Kow iyo Tobnaad|2C0A
Bisha Laba iyo Tobnaad|2C0B
Bisha Labaad|2C01
Bisha Lixaad|2C05
Bisha Saddexaad|2C02
Bisha Sagaalaad|2C08
Bisha Shanaad|2C04
Bisha Sideedaad|2C07
Bisha Tobnaad|2C09
Bisha Todobaad|2C06
Bit|24A2
Bitooteessa|2492
Biy|BE5 11A5
Biyernes|BB5 1195
Bk1|2A30
Bk2|2A31
Bk3|2A32
Bk4|2A33
Bk5|2A34
Boaldyn|1404 1424
Brá|3125
Bráčet|3115
Budh|1553
Budhwaar|1543
Bur|1A58
Bureet|1A48
Bäkɛl|2476
Bäkɛl lätni|2446
Bél|325A 329A
Bêl|2A24
Bêläwü|2A14
Bìòôm|7E9
Bïkua-okü|2A04
Bïkua-ptâ|2A02
Bïkua-usïö|2A03
Bïkua-ûse|2A01
Bɔ\u{301}r|1F87
C.|785
C.a.|784
CKI|22C2
CLA|22C1
CN|4D0
Caamsa|2494
Cam|24A4
Can|13E0
Caw|31B0
Cawe|3180
Cga|22D5
Chanuari|13D0
Che|2073
Chg|2BD6
Chikumi|2BB5
Chikunguru|2BB6
China|2BC4
Chinai|29B4
Chipiri|29B2 2BC2
Chiposi|29B1
Chishanu|29B5 2BC5
Chitatu|29B3 2BC3
Chivabvu|2BB4
Chk|2BD5
Chn|2BE4
Chor|3073
Chp|2BE2
Chr|312B
Chrištmánet|311B
Chs|2BE5
Cht|2BE3
Chulai|13D6
Chumaine|13C2
Chumapiri|13C0
Chumatano|13C3
Chumatato|13C1
Chv|2BD4
Chwef|D01
Chwefror|CF1
Chủ Nhật|4A0
Cio|1E70
Ciongo|1E60
Cis|1E7B
Ciswà|1E6B
Cka|22D4
Cko|22D3
Cla|22D1
Cmn|13F2
Cmt|316 13F3
Cokcwaklaŋne|22B1
Cokcwaklii|22B2
Comgaisuu|22A5
Comkaldǝɓlii|22A4
Comkolle|22A3
Comlaaɗii|22A1
Comzyeɓsuu|22A6
Comzyiiɗii|22A2
Com\u{2019}yakke|22A0
Cpr|13F0
Cs|15F4
Cte|1828
Ctembeṛ|1818
Ctt|13F1
Cul|13E6
Cum|315
Cuma|2F5
Cumartesi|2F6
Cut|2FD8
Cutanbir|2FC8
Cya|22D0
Cze|22D6
Czi|22D2
Cäŋ|2470
Cäŋ kuɔth|2440
Cèit|12E4
Céad|12B3
Cʼhwe.|A11
Cʼhwevrer|A01
D-Ɔ|5C7
DAB|1EB7
DAC|1EB0
DAD|1EB2
DAG|1EBB
DAH|1EB4
DAN|1EB3
DAO|1EB6
DAP|1EB9
DAR|1EB1
DAU|1EB5
DEC|1FBB
DFómh|12A9
DGI|1EBA
DIT|197B
DOC|1EB8
Dal|1F80
Dat|8A2
De|EAB 2332
Dec|1B 1BB 1CB 6FB 29DB
December|3B
Decembro|29CB
Dee|DAB
Deesanbur|D9B
Deireadh Fómhair|1299
Denstaxtsees|2312
Des|50B 126B 177B 17AB 1D5B 1EEB 203B 315B
Des.|54B
Desambra|202B
Desemba|6EB 176B 1B6B 1D4B
Desember|4FB 53B
Desimber|125B
Desàmbar|316B
Dez|136B 1BEB
Dez.|DB D7B 1D1B
Dezember|CB D6B 1D0B
Dezämber|135B 1BDB
Dhieec|2475
Dhieec lätni|2445
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
Dib|3170
Dibéer|3140
Dic|122B 261B
Dicemba|1FAB
Dicembar|121B
Diciembre|260B
Die|2C60
Dienstag|B2
Difuu-Ɔsandaa|5B7
Dih|12F5
DihAoine|12C5
Dil|24B0
Dilbata|2480
Dim|EB0 29E0
Dimas|E80
Dimingu|29B0
Dinnsdaach|1BC2
Dinsdag|522
Dis|87B BDB 13EB 146B 16AB 224B 25BB 2C1B 31AB 333B
Disamba|145B
Disambar|E9B
Disemba|86B 13DB 169B 319B 332B
Disember|223B
Disyembre|BCB
Disẹ\u{301}mba|25AB
Diz|18DB
Dizenbru|18CB
Diċ|228B
Diċembru|227B
Diɔ\u{331}k|2473
Diɔ\u{331}k lätni|2443
Do|2334
Do.|E4 554
Dom|BE0 2620
Domh|12B0
Domingo|BB0 25F0
Don.|1D24
Donderdag|524
Dondertaxtsees|2314
Donnerstag|B4
Donneschdeg|1CF4
Doy|1F83
Du|A0A A1A 1C6A
Du.|1374 1BF4
Duj|2FDB
Dujanbir|2FCB
Dum|26E0
Dun|2E13
Dunnersdaach|1BC4
Dunschtig|1344
Dush|3071
Duä|2464
Duät|2454
Duǧ|182B
Duǧembeṛ|181B
Duɔ\u{331}ɔ\u{331}|2462
Duɔ\u{331}ɔ\u{331}ŋ|2452
Dwe mar Abich|1EA4
Dwe mar Abiriyo|1EA6
Dwe mar Aboro|1EA7
Dwe mar Achiel|1EA0
Dwe mar Adek|1EA2
Dwe mar Ang\u{2019}wen|1EA3
Dwe mar Apar|1EA9
Dwe mar Apar gi ariyo|1EAB
Dwe mar Ariyo|1EA1
Dwe mar Auchiel|1EA5
Dwe mar Ochiko|1EA8
Dwe mar gi achiel|1EAA
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
Dés|2D5B
Désémber|2D4B
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
Elb|24A3
Elba|2493
Ene|BD0 2610
Enero|BC0 2600
Enj|2C64
Eost|A07 A17
Epe|1A59
Epeeso|1A49
Eph|3333
Ephreli|3323
Epr|873 16A3 31A3
Epreel|1693
Epreli|3193
Epreo|863
Erb|2293
Esabato|13C6
Est|13F6 1C67
Esusow Aketseaba-Kɔtɔnimba|5B4
Eyl|308
Eylül|2E8
F-Ɛ|5C8
FDE|22C8
FEB|1FB1
FGW|22CA
FLO|22C0
FMF|22C3
FMU|22C9
FYU|22CB
Fab|1461
Faburairu|1451
Fal|2F65
Falaite|2F35
Fankwa-Ɛbɔ|5B8
Faoi|12E0
Fe|EA1
Feabh|12A1
Feabhra|1291
Feb|11 1B1 1C1 501 6F1 871 1261 1361 13E1 16A1 1771 17A1 18D1 1D51 1EE1 2031 2241 2611 2C11 31A1 3331
Feb.|D1 541 D71 1D11
Febluali|1B61
Febrero|2601
Febreru|18C1
Febrewaris|1251
Febroary|2021
Februar|C1 D61 1351 1D01
Februari|4F1 6E1 861 1761 2231
Februarie|531
February|31
Februwari|3191 3321
Febrụwarị|1691
Feburari|13D1
Feburuarĩ|1FA1
Febwaliyo|1D41
Fee|DA1
Feewiriye|D91
Fev|1221 29D1
Fevreiro|29C1
Fevrâr|1211
Few|3151
Fewriyee|3161
Fia|5D5
Fida|5A5
Fr|2335
Fr.|E5 1375 1BF5
Fra|2281
Fraitaxtsees|2315
Frar|2271
Fraí|25C5
Fraídè|2595
Fraị|16B5
Fraịdee|1685
Fre.|1D25
Freideg|1CF5
Freitag|B5
Fri|5 3135
Friday|25
Friidaach|1BC5
Friitig|1345
Fritag|3105
Fró|3134
Fróntag|3104
Ful|24A8 2A21
Fulundïgi|2A11
Fur|1821
Fuulbana|2498
Fuṛar|1811
Fäb|1BE1
Fäbrowa|1BD1
Fébirie|E91
Fön|2A25
Föndo|2A15
Fúngatɨ|1CD0
Fēp|2F51
Fēpueli|2F41
Fĩi Dǝɓlii|22B8
Fĩi Gwahlle|22BA
Fĩi Loo|22B0
Fĩi Marfoo|22B3
Fĩi Mundaŋ|22B9
Fĩi Yuru|22BB
Fɛlâyɛdɛ|1735
Fẹ\u{301}b|25B1
Fẹ\u{301}búári|25A1
Gamaǀaeb|2325
Gan|F25
Gas.|2681
Gashyantare|2731
Gat|F24
Gearr|12E1
Gen|1C60
Gen.|A10
Genver|A00
Gibl|12E3
Gic.|2684
Gicurasi|2734
Gitugutu|2679
Gor|1C66
Gorff|D06
Gorffennaf|CF6
Goue.|A16
Gouere|A06
Guak|2453 2463
Gum|2BD9
Gumiguru|2BB9
Gun|2BD8
Gunyana|2BB8
Gur|24A1
Guraandhala|2491
Guru|1554
Guruwaar|1544
Gwe|1C75
Gwe.|A25
Gwen|D15
Gwen.|A18
Gwener|9F5
Gwengolo|A08
Gwn|1C68
Gís|1F89
H|15F1
Hag|24A7
Hagayya|2497
Han|8A4
Haz|305
Haziran|2E5
Hed|1C69
Hei|3126
Heiwet|3116
Hep|20E8
Hepetema|20D8
Her|3128
Herbštmánet|3118
Here|A09 A19
Hid|8B3
Hih|8B5
Hit|8B4
Hiv|8B2
Hla|31B5 3345
Hor|3121
Hornig|3111
Hul|BD6
Hulyo|BC6
Hun|BD5
Hune|20D5 20E5
Hunyo|BC5
Hut|8A0
Huw|BE4 11A4
Huwebes|BB4 1194
Hwe|1C61
Hyd|D09
Hydref|CF9
Hën|2C61
Hìkaŋ|7E7
Hìlòndɛ\u{300}|7E5
Hôasoreǁkhâb|232B
Hān|20E0
Hānuere|20D0
Hūr|20E6
Hūrae|20D6
ISonto|3310
Ian.|14A0
Ianuali|1490
Iau|D14
Ibr|2FD3
Ibrir|2FC3
Ichuma|13C5
Icm|13F5
Idwaata|1CD5
Igi|F2B
Ij|1EF5
Ijm|705 1CE5 2726
Ijn|2722
Ijp|2720
Ijt|2721
Ijtn|2723
Iju|1785 1B75 2085 2725 2895
Ijumaa|6D5 1755 1B55 2055 26F5 2865
Ijumamosi|26F6
Ijumanne|26F2
Ijumapili|26F0
Ijumatano|26F3
Ijumatatu|26F1
Ijumáa|1CB5
Ike|D48
Iku|D49 F29
Ikúmi|1CD3
Il-Ġimgħa|2265
Il-Ħadd|2260
Il-Ħamis|2264
Ile|2805 2814
Imb|D40
Ime|2804
Imw|D4A F2A
Ine|F32 2813
Inyambala|1CD4
Inyi|1CD9
Ion|D00
Ionawr|CF0
Is-Sibt|2266
Isi|2807
Isn|2251 2C21
Isniin|2BF1
Isnin|2221
It-Tlieta|2262
It-Tnejn|2261
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
J1|1EF6
J2|1EF0
J3|1EF1
J4|1EF2
J5|1EF3
JAN|1FB0
JEN|1970
JMP|1EC0
JUM|1FC6
Jan|10 1B0 1C0 500 6F0 870 1260 1360 1460 1770 17A0 18D0 1BE0 1D50 1EE0 2030 2240 2280 29D0 2C10 2D50 31A0 3330
Jan.|D0 540 1D10
Janairu|1450
Janeiro|29C0
Janeru|18C0
Jannar|2270
Jannewa|1BD0
Jannewaris|1250
Janoary|2020
Januali|1B60
Januar|C0 1350 1D00
Januari|4F0 6E0 860 1760 2230 2D40
Januarie|530
January|30
Januarĩ|1FA0
Januwari|3320
Janwaliyo|1D40
Janyuwari|3190
Jed|1430
Jedoonee|1410
Jeh|1435
Jeheiney|1415
Jel|1431
Jelhein|1411
Jem|1432
Jemayrt|1412
Jen|16A0 3120
Jenner|3110
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
Jiec|2471
Jiec la\u{331}t|2441
Jim|D51 24B5
Jimaata|2485
Jimco|2BF5
Jmc|2C25
Jmn|1B72
Jmo|706 1786 1B76 2086 2896
Jnn|702 1782 2082 2892
Joi|26E4
Jol|2036 2E16
Jolay|2026
Jon|2035
Jona|2025
Jpi|700 1780 1B70
Jtn|703 1783 1B73 2083 2893
Jtt|701 1781 1B71 2081 2891
Jue|2624
Jueves|25F4
Jug|1225
Jugn|1215
Jul|16 1B6 506 6F6 876 1266 1366 16A6 1776 17A6 18D6 1BE6 1D56 1EE6 2246 25B6 2616 29D6 2D56 31A6 3336
Jul.|546
Julaayi|1D46
Julai|6E6 866 1B66 2236 25A6
Julayi|3196 3326
Julaị|1696
Julho|29C6
Julhu|18C6
Juli|C6 D6 4F6 D66 D76 1356 1D06 1D16 2D46
Julie|536
Julio|2606
July|36 1C6 1256
Julyai|1766
Jum|515 D50 1475 17B5 2255 2D65 2E20 3075
Jumaah|2D35
Jumaamosi|1B56
Jumaane|1B52
Jumaapii|1B50
Jumaat|2225
Jumaatano|1B53
Jumaatatu|1B51
Jumamosi|6D6 1756 1ED6 1F96 2056 2866
Jumamóosi|1CB6
Jumamósi|1F66
Jumane|1F62
Jumanne|6D2 1752 1ED2 2052 2862
Jumapil|1E90
Jumapili|6D0
Jumapilyi|1750
Jumapiri|1ED0
Jumapíiri|1CB0
Jumapílí|1F60
Jumat|4E5 1795
Jumatano|6D3 1ED3 2053 2863
Jumatanu|1753
Jumatatu|6D1 1ED1 2051 2861
Jumatatuu|1751
Jumatáano|1CB3
Jumatánɔ|1F63
Jumatátu|1CB1 1F61
Jumaíne|1CB2
Jummaʼa|1445
Jumáa|1F65
Jun|15 1B5 505 6F5 875 1265 1365 13E5 1775 17A5 18D5 1BE5 1EE5 2235 2245 25A5 25B5 2615 29D5 2C15 2D55 31A5 3335
Jun.|545
June|35 1C5
Junho|29C5
Junhu|18C5
Juni|C5 D5 4F5 6E5 865 D65 D75 1355 13D5 1B65 1D05 1D15 2D45 3195 3325
Junie|535
Junio|2605
Juny|1255
Junyi|1765
Juu|16A5 1D55
Juuli|1BD6
Juun|1695
Juuni|1BD5 1D45
Jän.|D70
Jänner|D60
Jén|25B0
Jénúári|25A0
K|1063 15F2
K-Ɔ|5C1
KBR|C11
KBZ|C10
KIU|1FC0
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
Kab|1E76
Kabàlàshìpù|1E66
Kad|D42 D53
Kai|F21
Kak|2A2B
Kakauka|2A1B
Kam|514 17B4 24B4
Kam.|2685
Kamena|2735
Kamiisa|2484
Kamis|4E4 1794
Kan|D43 D54 F23 1863 2E25
Kan.|2687
Kanama|2737
Kar|D45
Kas|30A D44 D55 1E7A
Kaswèkèsè|1E6A
Kasım|2EA
Kat|F22
Kaw|D41 D52
Keenda|1CD2
Kek.|14AB
Kekemapa|149B
Kel|1861
Kem|2D64
Kemis|2D34
Ken|F28
Kep.|14A8
Kepakemapa|1498
Kerzu|A0B
Kev|1C6B
Kha|2254
Khamiis|2BF4
Khamis|2224
Khms|2C24
Kifula nguwo|D26
Kigarama|267B
Kipsuunde ne taai|1A4A
Kipsuunde nebo aeng\u{2019}|1A4B
Kiptaamo|1A42
Kiumia|F00 1950 1F90
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
Kor|2465
Kornyoot|2455
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
Ku cyumweru|2740
Ku wa gatandatu|2666
Ku wa gatanu|2665
Ku wa gatatu|2663
Ku wa kabiri|2662
Ku wa kane|2664
Ku wa mbere|2661
Ku w\u{2019}indwi|2660
Kub|2BD3
Kubi|31D2
Kubvumbi|2BB3
Kuk|2BD1
Kukadzi|2BB1
Kum|8A9 2079
Kun|2811
Kuna|31D4
Kur|245A 246A 2BD2
Kuramuka jimweri|D21
Kuramuka kadadu|D23
Kuramuka kana|D24
Kuramuka kasanu|D25
Kuramuka kawi|D22
Kurume|2BB2
Kusa|31D3
Kuta|31D5
Kuwa gatandatu|2746
Kuwa gatanu|2745
Kuwa gatatu|2743
Kuwa kabiri|2742
Kuwa kane|2744
Kuwa mbere|2741
Kuẓ|1833
Kuẓass|1803
Kwa|2070 2E12
Kwakwar-Ɔgyefuo|5B1
Kwe|5D0 2816
Kwesida|5A0
Kwiidwaata|1CC5
Kwiikumi|1CC3
Kwiinyambála|1CC4
Kwiinyi|1CC9
Kzu.|A1B
Kújúɔrɔk|1F75
Kús|1F88
Kúshîn|1F78
Kük|2A27
Kükürü|2A17
Kɔndɔŋ|7E0
Kʉfúngatɨ|1CC0
Kʉkeenda|1CC2
Kʉmʉʉnchɨ|1CC6
Kʉnaanɨ|1CC1
Kʉsaano|1CCA
Kʉsaatʉ|1CC8
Kʉsasatʉ|1CCB
Kʉvɨɨrɨ|1CC7
Kṭu|2FD9
Kṭuber|2FC9
L|1066
L-Erbgħa|2263
LP|14B0
Laa|2469
Laath|2459
Lab|2E1A
Lah|1470
Lahadi|1440
Lapa le ile|27F5
Lapa le imet|27F4
Lapa le isiet|27F7
Lapa le obo|27F0
Lapa le okuni|27F2
Lapa le ong\u{2019}wan|27F3
Lapa le saal|27F8
Lapa le sapa|27F6
Lapa le tomon|27F9
Lapa le tomon obo|27FA
Lapa le tomon waare|27FB
Lapa le waare|27F1
Lar|1473
Laraba|1443
Lem|8B6
Len|2A26
Lengua|2A16
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
Lub|1E86
Lubingu|1E56
Luf|1E75
Lufuimi|1E65
Lui|1216 1226 1E71
Lul|2286 2C16
Lulju|2276
Lum|1E74 1E80
Lumingu|1E50
Lumùngùlù|1E64
Lun|9F1 A21 BE1 11A1 1C71 1E79 2621 26E1
Lunes|BB1 1191 25F1
Lungùdi|1E69
Lus|1E72
Lush|1E77
Lusòlo|1E62
Lut|1E78
Lutongolo|1E68
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
Lwe|236A
Lwesb|31B2
Lwesibini|3182
Lwesihlanu|3185
Lwesine|3184
Lwesithathu|3183
Lwezi|235A
Lâp|2A35
Lâpôsö|2A05
Lây|2A36
Lâyenga|2A06
Lép|1F84
Lìbuy li ńyèe|7EB
Lùishi|1E61
Lùna|12E7
Lùshìkà|1E67
Lún|12A7
Lúnasa|1297
Lāpule|1480
M-Houney|142A
M-Nollick|142B
M-fouyir|1428
M-souree|1425
M-Ɔ|5CB
M01|30F0
M02|30F1
M03|30F2
M04|30F3
M05|30F4
M06|30F5
M07|30F6
M08|30F7
M09|30F8
M1|2710
M10|2719 30F9
M11|19EA 271A 30FA
M12|271B 30FB
M2|2711
M3|2712
M4|2713
M5|2714
M6|2715
M7|2716
M8|2717
M9|2718
MAC|1FB2
MAD|22C4
MAM|22C7
MBI|22C5
MFómh|12A8
MLI|22C6
MRA|1FC1
Ma|EA2 2331
Ma.|551
Maa|F35 16A2 1D54
Maachị|1692
Maaie|1254
Maandag|521
Maart|532 1252
Maayi|1D44
Mab|2363
Mabasa|2353
Mac|6F2 872 13E2 1772 2232 2242
Mach|25A2 25B2
Machi|6E2 862 13D2 1762 1B62 1FA2
Madǝmbii|22B7
Madǝǝuutǝbijaŋ|22B4
Mae|A04 A14
Mag|2884
Mai|C4 D4 CF4 D04 D64 D74 1214 1224 1264 1354 1364 18D4 1BD4 1BE4 29D4
Maio|29C4
Maiu|18C4
Mal.|14A2
Malaki|1492
Mam|1A54
Mamuut|1A44
Mamǝŋgwãafahbii|22B5
Mamǝŋgwãalii|22B6
Mane|20C1 20F1
Mangal|1552
Mangalwaar|1542
Mantaxtsees|2311
Mar|12 1B2 1C2 302 502 BD2 BE2 DA2 11A2 1222 1462 17A2 18D2 1D52 1EE2 2032 2282 2612 2622 26E2 29D2 2C12 2C62 2D52 2E14 2FD2 3152
March|32
Marco|29C2
Maret|4F2 2D42
Maris|1452
Marisi|1D42
Mars|E92 2FC2 3162
Marsi|D92
Marso|BC2
Marsu|18C2
Mart|2E2
Martes|BB2 1192 25F2
Martsa|2022
Marzo|2602
Marzu|2272
Març|1212
Mas|3332
Mashi|3322
Mat|31A2
Mat.|2683
Mata|2733
Matshi|3192
Maw|D02 D12
Mawrth|CF2
May|14 34 1B4 1C4 304 BD4 1464 1824 2614 2C14 2FD4
Mayo|BC4 2604
Mayrnt|1402 1422
Mayu|1454
Mayyu|1814 2FC4
Mayıs|2E4
Maʻa|2F52
Maʻasi|2F42
Mbe|F20 1860
Mbi|2362
Mbimbitho|2352
Mbu|2BDA
Mbudzi|2BBA
Mbä|2A22
Mbängü|2A12
Mderot ee are|27E0
Mderot ee ile|27E4
Mderot ee inet|27E3
Mderot ee kuni|27E1
Mderot ee kwe|27E6
Mderot ee ong\u{2019}wan|27E2
Mderot ee sapa|27E5
Me|D94 DA4 EA4 1C64
Me.|1BF3
Mean-fouyir|1408
Mean-souree|1405
Medi|CF8 D08
Mee|E94 1694 16A4 1D04 1D14 25A4 25B4 3154 3164
Mee Houney|140A
Mee ny Nollick|140B
Meh|D05
Mehefin|CF5
Mei|4F4 504 534 544 6E4 6F4 864 874 13D4 13E4 1494 14A4 1764 1774 17A4 1B64 1EE4 20D4 20E4 2234 2244 3124
Meije|3114
Meith|12A5
Meitheamh|1295
Mej|2284
Mejju|2274
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
Mey|2024 2034 31A4 3334
Meyi|3194 3324
Mezh.|A15
Mezheven|A05
Meán Fómhair|1298
Meɣ|1822
Meɣres|1812
Mfu|D46 2369
Mfumfu|2359
Mgq|2376 31B6 3346
Mgqibelo|2346 3186
Mhr|1C73
Mi.|E3 1373
Mie|26E3
Min|510
Minggu|4E0 2D30
Mit|3133
Mittwoch|B3
Mittwuch|1343
Mittwuč|3103
Miy|BE3 11A3
Miyerkules|BB3 1193
Mié|2623
Miércoles|25F3
Mng|2D60
Mo.|E1 1BF1
Moc|2075
Mod|2E15
Mohndaach|1BC1
Moj|207A
Mok|2889
Mokhu|2879
Mon|1
Monday|21
Montag|B1
Moo|1866
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
Mpal|236B
Mpalakazi|235B
Mpan|2368
Mpandula|2358
Mpg|2887
Mrt|1262
Mrt.|542
Msh|2882
Mso|3341
Msp|2886
Mth|1C72
Mud|24AB
Muddee|249B
Mug|F26 2BE6
Mugovera|2BC6
Muh|288B
Muhaano|287B
Muj|2885
Mujimbi|2875
Muk|2E11
Muka|31D6
Mukakaro|2676
Mul|8B0 1A50 2890
Mulgul|1A40
Mulungu|2860
Mumu-Ɔpɛnimba|5BB
Mun|2883
Munyense|2878
Munyi|2873
Munyonyo|267A
Mup|2880
Mupalangulwa|2870
Mupuguto|2877
Muramuko|1F91
Murwa wa Kanne|1ED4
Murwa wa Katano|1ED5
Mus|288A
Mushende|2872
Mushende Magali|2874
Mushipepo|2876
Musongandembwe|287A
Mut.|2680
Mutarama|2730
Muu|1E73
Muv|2BE1
Muvhuro|2BC1
Mvu|2371 2A28 31B1
Mvuka|2A18
Mvulo|2341 3181
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
Mweri wa ikumi|2709
Mweri wa ikumi na mbili|270B
Mweri wa ikumi na moja|270A
Mweri wa ikũmi|F19
Mweri wa ikũmi na Kaĩrĩ|F1B
Mweri wa ikũmi na ũmwe|F1A
Mweri wa kaana|2703
Mweri wa kaili|2701
Mweri wa kana|F13
Mweri wa kanana|F17
Mweri wa katatu|2702
Mweri wa kathatũ|F12
Mweri wa kaĩri|F11
Mweri wa kenda|F18
Mweri wa kwanza|2700
Mweri wa mbere|F10
Mweri wa mũgwanja|F16
Mweri wa nane|2707
Mweri wa saba|2706
Mweri wa sita|2705
Mweri wa tanu|2704
Mweri wa tisa|2708
Mweri wo kumi|2069
Mweri wo kumi na moja|206A
Mweri wo kumi na yel\u{2019}li|206B
Mweri wo kwanza|2060
Mweri wo nane|2067
Mweri wo saba|2066
Mweri wo thanu na mocha|2065
Mweri wo tisa|2068
Mweri wo unayeli|2061
Mweri wo unecheshe|2063
Mweri wo uneraru|2062
Mweri wo unethanu|2064
Mwi|2881
Mwitope|2871
Mye|2888
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
Män|3131
Mäntag|3101
Mär|1362 3122
März|C2 D2 D62 D72 1352
Märze|3112
Mäz|1BE2
Määntig|1341
Määz|1BD2
Méi|2D44 2D54
Méi.|1D21
Méindeg|1CF1
Mër|2C63
Mët.|1D23
Mëttwoch|1CF3
Móosi|1CE6
Mórusásin|1F76
Mùuyà|1E63
Māe|20E2
Māehe|20D2
Mē|2F44 2F54
MĨĨ|1FB4
Mĩĩ|1FA4
Mōn|2F61
Mōnite|2F31
Mɔnɔ ŋgbanja|19E4
Mɔ\u{301}ndi|1731
Mʉʉnchɨ|1CD6
M\u{300}puyɛ|7E4
Mọn|16B1
Mọnde|1681
Mọ\u{301}n|25C1
Mọ\u{301}ndè|2591
N|1064
NGS|1EC6
NJR|1FB6
NJU|1FB5
NJumamothii|F06
NMA|1985
NMM|F36 1986
NMN|1982
NMT|1983
NOV|1FBA
NTT|1981
Naanɨ|1CD1
Nab|2A2A
Nabändüru|2A1A
Nai|29E4
Nakaare|2DF2
Nakaebarasa|2DF1
Nakaejuma|2DF0
Nakakany|2DF5
Nakasabiti|2DF6
Nakaung\u{2019}on|2DF4
Nakauni|2DF3
Nan|8A7 2077
Ncw|2367
Ncwabakazi|2357
Ndamukiza|2673
Ndangù|1E53
Ndg|1E83
Ndi|2BD0
Ndira|2BB0
Ndithemba|196B
Nduŋmbi Saŋ|1740
Ndy|1E82
Ndàayà|1E52
Ngat|1A51
Ngb|2A29
Ngberere|2A19
Nge|1A56
Ngeso|1E96
Ngu|D56 2A23
Ngubùe|2A13
Ngv|1E85
Ngòvya|1E55
Ng\u{2019}atyaato|1A41
Ng\u{2019}eiyeet|1A46
Nhla|2365
Nhlangula|2355
Nhlo|2361
Nhlolanja|2351
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
Njuni|1FA5
Njuraĩ|1FA6
Njw|1E84
Njèbà|7E6
Njòwa|1E54
Nko|1E81
Nkodya|1E51
Nkw|2364
Nkwenkwezi|2354
No|EAA
Nob|BDA 13EA
Nobemba|13DA
Nobyembre|BCA
Noem|20EA
Noema|20DA
Nof|2C1A
Noll|12AB
Nollaig|129B
Noo|DAA
Noowanbur|D9A
Nop|2D5A
Nopémber|2D4A
Nov|1A 1BA 1CA 50A 6FA 87A 122A 126A 136A 16AA 177A 17AA 1BEA 1D5A 1EEA 203A 224A 228A 261A 29DA 31AA 333A
Nov.|DA 54A D7A 1D1A
Novambra|202A
Novemba|6EA 86A 169A 176A 1B6A 1D4A 1FAA 319A 332A
Novembar|E9A 121A
November|3A CA 4FA 53A D6A 1D0A 223A
Novembro|29CA
Novembru|227A
Noviembre|260A
Novimber|125A
Novämber|135A 1BDA
Now|315A
Now.|14AA
Nowemapa|149A
Nowàmbar|316A
Ntu|2366
Ntulikazi|2356
Ntwarante|2672
Ntʉ\u{301}|1F8B
Ntʉ\u{301}ŋʉ\u{301}s|1F7B
Nun|182A
Nunembeṛ|181A
Nuv|18DA
Nuvenbru|18CA
Nuw|146A
Nuwamba|145A
Nwa|2FDA
Nwanbir|2FCA
Nya|1867 2BD7
Nya.|2686
Nyakanga|2678 2736
Nyamavhuvhu|2BB7
Nyandagaro|2677
Nyaŋgwɛ ŋgbanja|19E5
Nye|2A20
Nyenye|2A10
Nyɔlɔmbɔŋgɔ|19E3
Nze.|2688
Nzeli|2738
Nzero|2670
Nōv|2F5A
Nōvema|2F4A
Nọv|25BA
Nọvẹ\u{301}mba|25AA
O-A|5C5
OKB|C22
OKN|C24
OKS|C23
OKT|C25 1FB9
OMK|C26
ORK|C21
Obirade-Ayɛwohomumu|5B5
Obo|2800
Oca|300
Ocak|2E0
Oct|19 1B9 1C9 2619
October|39
Octubre|2609
Odung\u{2019}el|2E03
Oga|877
Ogasti|867
Ogo|2247
Ogos|2237
Ogs|2C17
Ojola|2E06
Ok|EA9
Oke|20E9
Oketopa|20D9
Oki|1D59
Okitoba|13D9
Okitobba|1D49
Okt|509 6F9 879 BD9 DA9 1269 1369 13E9 1469 1779 17A9 1BE9 1EE9 2039 2249 2C19 2D59 3159 31A9 3339
Okt.|D9 549 D79 1D19
Okthoba|3329
Okthobha|3199
Oktoba|6E9 869 1459 1769 1B69
Oktobar|E99
Oktober|C9 4F9 539 D69 1259 1D09 2239 2D49
Oktobra|2029
Oktohber|1BD9
Oktoobar|3169
Oktoober|1359
Oktoobur|D99
Oktubre|BC9
Oktũba|1FA9
Oku|2802
Okwaikumi|C09
Okwaikumi na ibiri|C0B
Okwaikumi na kumwe|C0A
Okwakabiri|C01
Okwakana|C03
Okwakashatu|C02
Okwakataana|C04
Okwamg\u{2019}|2E02
Okwamukaaga|C05
Okwamunaana|C07
Okwamushanju|C06
Okwamwenda|C08
Okwokubanza|C00
Olabor|2E0A
Oladalʉ\u{301}|1F70
Olgísan|1F79
Olodoyíóríê inkókúâ|1F73
Oloilépūnyīē inkókúâ|1F74
Olokuna|31C4
Olokutaanu|31C5
Olomukaaga|31C6
Omaruk|2E04
Omodok\u{2019}king\u{2019}ol|2E05
Omuk|2E01
Ong|2803 2812
Onk|24A9
Onkololeessa|2499
Opedel|2E07
Opoo|2E0B
Orara|2E00
Orwakabiri|BF2
Orwakana|BF4
Orwakashatu|BF3
Orwakataano|BF5
Orwamukaaga|BF6
Orwokubanza|BF1
Oshù Agɛmɔ|32B6
Oshù Bélú|32BA
Oshù Owewe|32B8
Oshù Shɛ\u{301}rɛ\u{301}|32B0
Oshù Èrèlè|32B1
Oshù Ìgbé|32B3
Oshù Ògún|32B7
Oshù Òkúdu|32B5
Oshù Ɔ\u{300}pɛ\u{300}|32BB
Oshù Ɔ\u{300}wàrà|32B9
Oshù Ɛrɛ\u{300}nà|32B2
Oshù Ɛ\u{300}bibi|32B4
Osokosokoma|2E08
Otibar|2E09
Ott|2289
Ottubru|2279
Otu|1229 18D9 29D9
Otubar|1219
Otubro|29C9
Otubru|18C9
Ouj|1BE7
Oujoß|1BD7
Owe|3258 3298
Owokubili|31C2
Owokusatu|31C3
Owáŋgyužažapi|1D76
Oṣù Agẹmọ|3276
Oṣù Bélú|327A
Oṣù Owewe|3278
Oṣù Èrèlè|3271
Oṣù Ìgbé|3273
Oṣù Ògún|3277
Oṣù Òkúdu|3275
Oṣù Ṣẹ\u{301}rẹ\u{301}|3270
Oṣù Ẹrẹ\u{300}nà|3272
Oṣù Ẹ\u{300}bibi|3274
Oṣù Ọ\u{300}pẹ\u{300}|327B
Oṣù Ọ\u{300}wàrà|3279
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
Par|20F5
Paraire|20C5
Pay|2466 3074
Pay yie\u{331}tni|2456
Paz|310
Pazar|2F0
Pazartesi|2F1
Peb|BD1
Pebrero|BC1
Ped|2E17
Pep.|14A1
Pepeluali|1491
Per|314
Perşembe|2F4
Pir|29E2
Poo|2E1B
Pos|29E1
Poʻahā|1484
Poʻakahi|1481
Poʻakolu|1483
Poʻalima|1485
Poʻalua|1482
Poʻaono|1486
Pre|2C65
Pul|2F63
Pulelulu|2F33
Pzt|311
Péb|2D51
Pébruari|2D41
Píili|1CE0
Pēp|20E1
Pēpuere|20D1
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
Pɛt|2451 2461
Pʉshʉ\u{301}ka|1F7A
Qib|24B2
Qibxata|2482
R|1065
Rab|513 17B3 2253
Rabu|4E3 1793 2223
Rar|2072 2E10
Ravi|1550
Raviwaar|1540
Reb|2D63
Rebo|2D33
Rhag|D0B
Rhagfyr|CFB
Rob|24B3
Rok|1F85
Roo|1A57
Roobii|2483
Rooptui|1A47
Ruheshi|2675
Ruhuhuma|2671
Rusama|2674
Rāh|20F6
Rāhoroi|20C6
Rāt|20F0
Rātapu|20C0
Rɛw|2472
Rɛw lätni|2442
S-Ɔ|5C0
SAN|C20
SPT|1FB8
Sa|EA0
Sa.|E6 556 1376 1BF6
Saa|2808
Saano|1CDA
Saatʉ|1CD8
Sab|516 8A6 BE6 11A6 17B6 1D60 2076 2080 2256 2626 29E6 2E26
Sabado|BB6 1196
Sabato|2050
Sabbiiti|1D30
Sabi|31D0
Sabiiti|31C0
Sabti|2BF6
Sabtu|4E6 1796 2226
Sabudu|29B6
Sad|D16 1C76 24AA
Sad.|A26
Sadaasa|249A
Sadorn|9F6
Sal|312 2D62
Salasa|2D32
Salı|2F2
Sam|1834 3136 3150
Sam.|1D26
Samass|1804
Samh|12AA 12EA
Samhain|129A
Samschdeg|1CF6
Samschtig|1346
Samsdaach|1BC6
Samstag|B6
Samwiyee|3160
Samštag|3106
San|1831 24B6
Sanass|1801
Sanbata|2486
Sanda-Ɔpɛpɔn|5B0
Sande|BF0
Sanvie|E90
Sap|2806 2815 2D66
Saptu|2D36
Sasatʉ|1CDB
Sat|6 1468 16B6 2336
Saterdag|526
Satertaxtsees|2316
Sath|12B6
Satumba|1458
Saturday|26
Satọdee|1686
Say|1836
Sayass|1806
Sbti|2C26
Se|EA8
Seb|1D58 2C18
Sebuttemba|1D48
Sek|DA8
Sektanbur|D98
Sel|512 17B2 2252
Selasa|4E2 1792 2222
Sen|511 17B1 2D61
Senin|4E1 1791
Senén|2D31
Sep|18 508 6F8 878 1268 1368 13E8 16A8 1778 17A8 1EE8 2038 2248 2F58 3338
Sep.|548 D78 1D18
Sepitema|2F48
Sept|1B8 1C8 31A8
Sept.|D8
Septambra|2028
Septemba|6E8 868 13D8 1698 1768 1B68 1FA8 3198
September|38 C8 4F8 538 D68 1D08 2238
Septhemba|3328
Septimber|1258
Septämber|1358 1BD8
Sesh|3072
Set|BD8 1228 18D8 2288 2618 29D8
Setembar|1218
Setembro|29C8
Setenbru|18C8
Setiembre|2608
Settembar|E98
Settembru|2278
Setyembre|BC8
Sha|29E5
Shan|3076
Shani|1556
Shaniwaar|1546
Sht|2C66
Shukra|1555
Shukrawaar|1545
Shɛ\u{301}r|3290
Shʉ\u{301}|1F8A
Sib|EB6 2296 2372
Sibili|2342
Sibiti|E86
Sih|2375
Sihlanu|2345
Sin|2374 31B4 3344
Sine|2344
Sit|8A5 2373
Sithathu|2343
Siu|2F56
Siulai|2F46
So.|E0 550
Sok|2E18
Som|1551
Somwaar|1541
Son|2330 2370 3340
Son.|1D20
Sondag|520
Sonndeg|1CF0
Sonntag|B0
Sontaxtsees|2310
Sonto|2340
Su|EA5
Su.|1370 1BF0
Sueŋ|E95
Sul|9F0 A20 D10 1C70 3156
Sulet|3166
Sult|12E8
Sun|0 2F55 3130
Sunday|20
Sune|2F45
Sunndaach|1BC0
Sunntag|3100
Sunntig|1340
Suw|3155
Suwe|3165
Svo|2BE0
Svondo|2BC0
Sze|15F3
Szo|15F6
Sàt|3158
Sàttumbar|3168
Sábado|25F6
Sás|1F86
Sásidɛ|1736
Sát|25C6
Sátọdè|2596
Sâm|26E6
Säp|1BE8
Sép|2D58
Séptémber|2D48
Sú|EA6
Súuyee|E96
Sān|2F50
Sānuali|2F40
Sāp|2F60
Sāpate|2F30
Sɔ\u{301}ndi|1730
Sḍis|1835
Sḍisass|1805
Sẹp|25B8
Sẹptẹ\u{301}mba|25A8
Sọn|16B0
Sọndee|1680
Sọ\u{301}n|25C0
Sọ\u{301}ndè|2590
T|1062
T-arree|1421
TAB|1EC5
TAD|1EC3
TAN|1EC4
TAR|1EC2
Taa|1A52
Tach|D0A
Tachwedd|CFA
Tai|8A3
Tal|EB2 1472 2042 3172
Talaado|2BF2
Talaata|3142
Talata|E82 1442 2012
Tan|F33
Taraǀkhuumûǁkhâb|2328
Tat|F31 29E3
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
Tha|1865 2074 31B3 3343
Thiyóȟeyuŋka Wí|1D81
Thoo|2467
Tho\u{331}o\u{331}r|2457
Thu|4
Thursday|24
Thứ Ba|4A2
Thứ Bảy|4A6
Thứ Hai|4A1
Thứ Năm|4A4
Thứ Sáu|4A5
Thứ Tư|4A3
Tib|2E19
Tich Abich|1E95
Tich Adek|1E93
Tich Ang\u{2019}wen|1E94
Tich Ariyo|1E92
Tid|246B
Tiop|2460
Tiop thar pɛt|2450
Tio\u{331}p in di\u{331}i\u{331}t|245B
Tis|8A8 2078
Tiu|16B2
Tiuzdee|1682
Tiú|25C2
Tiúzdè|2592
Tldo|2C22
Tli|2292
Tne|2291
Tob|280A
Tok|2F66
Tokonaki|2F36
Tom|2809
Toshiaght-arree|1401
Tow|280B
Tub|1829
Tubeṛ|1819
Tue|2
Tuesday|22
Tuʻa|2F64
Tuʻapulelulu|2F34
Táano|1CE3
Táatu|1CE1
Tāit|20F4
Tāite|20C4
Tīhe|20EB
Tīhema|20DB
Tīs|2F5B
Tīsema|2F4B
Tūr|20F2
Tūrei|20C2
Tūs|2F62
Tūsite|2F32
Tȟahékapšuŋ Wí|1D8B
Tɔ\u{301}sɛdɛ|1734
Tɛɛ|2468
Tɛɛr|2458
Tọ\u{301}z|25C4
Tọ\u{301}zdè|2594
Tọọ|16B4
Tọọzdee|1684
ULwesibili|3312
ULwesihlanu|3315
ULwesine|3314
ULwesithathu|3313
UMgqibelo|3316
UMsombuluko|3311
Ugu.|268A
Ugushyingo|273A
Uku.|268B
Ukuboza|273B
Ukw.|2689
Ukwakira|2739
Una|2071
Ung|2E24
Uni|2E23
Ut|D97 DA7 E97 EA7 3157 3167
V|15F0
Vie|2625
Viernes|25F5
Vil|8A1 8B1
Vin|26E5
Vr.|555
Vrydag|525
Vɨɨrɨ|1CD7
WAI|1FC2
WEN|1FC4
WET|1FC3
WGT|1972
WIK|1979
WKD|1978
WKN|1973
WKR|1971
WMJ|1976
WMW|197A
WNN|1977
WTD|1975
WTN|1974 1FC5
WUT|1EC1
Wa kana|1844
Wa katano|1845
Wa katatũ|1843
Wa kelĩ|1842
Wa kwambĩlĩlya|1841
Wa kyumwa|1840
Wa thanthatũ|1846
Waa|2801
Wairi|1F92
Waníyetu Wí|1D8A
Wasútȟuŋ Wí|1D87
Wax|24A5
Waxabajjii|2495
Wed|3
Wednesday|23
Wen|16B3
Wena|1F94
Wene|20F3
Wenerei|20C3
Wenezdee|1683
Wer.|2682
Werurwe|2732
Wetano|1F95
Wethatu|1F93
Wiixata|2481
Win|312A
Wintermánet|311A
Wix|24B1
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
Wu|2333
Wuk|5D3
Wukuda|5A3
Wun|D47
Wunstaxtsees|2313
Wuok Tich|1E91
Wím|3129
Wímánet|3119
Wípazukȟa-wašté Wí|1D85
Wɛ\u{301}nɛsɛdɛ|1733
Wẹ\u{301}n|25C3
Wẹ\u{301}nẹ\u{301}zdè|2593
Yak|3070
Yan|1830
Yanass|1800
Yaou|9F4 A24
Yaw|5D4
Yawda|5A4
Yeb|1823 2FD1
Yebrayer|2FC1
Yebrir|1813
Yel|207B
Yen|1820 2FD0
Yennayer|1810 2FC0
Yow|1C74
Yul|1466 1826 2FD6
Yuli|1456
Yulyu|1816
Yulyuz|2FC6
Yun|1465 1825 2FD5
Yuni|1455
Yunyu|1815 2FC5
Zen|1220
Zenâr|1210
Zi.|1372
Zib|2360
Zibandlela|2350
Ziischtig|1342
Ziš|3132
Zištag|3102
Zom|2045
Zoma|2015
Zvi|2BDB
Zvita|2BBB
aaɓ|1151
aaɓnde|1121
abe.|109B
abendua|107B
abr|153 733 28C3
abr.|1F3 1013 1023 1323
abril|143 1E3 1003 1313
abrile|28B3
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
aijima|30E5
aimisa|30E4
akw|2AB4
akwas|2A84
akṛ|2AB3
akṛas|2A83
al.|10A1
ala|954
alaba|30E3
alamisa|924
an|1E42
ann|2F25
anna|2F05
antradienis|1E32
any|F68
anyɔnyɔ|F58
août|107 117 11E7 11F7
api.|1093
apirila|1073
apl|1DB3
apr|243 283 773 A93 FE3 1053 1663 1A13 2CF3 2D23 2F13 3063
apr.|343 383 3B3 E23 15A3 1713 1F23 2403 26C3 2B53
aprel|753 2EF3 3053
apriilip|19F3
april|273 333 373 3A3 A83 1653 2B43 2CE3
aprile|233
aprilie|26B3
aprill|1043
aprilo|FD3
apryla|E13 1593
apríl|11C3 1703
apríla|2B13
aprīlis|1F13
ar.|10A2
ara|953
araba|923
arf|1A26
arfininngorneq|1A06
asa|2AB0
asamas|2A80
asi|2AB2
asim|2AB5
asimwas|2A85
asinas|2A82
asiḍ|2AB6
asiḍyas|2A86
asteartea|1082
asteazkena|1083
astelehena|1081
ata|1A21
ataasinngorneq|1A01
aug|287 A97 1057 1667 1A17
aug.|347 387 3B7 15E7 1F27 2407 26C7
august|377 3A7 A87 1047 11C7 26B7
augusta|2B17
augusti|337
augusto|1657
augusts|1F17
augustus|277
augusztus|15C7
aus|28C7
austu|28B7
avg|2CF7 2D27 3067
avg.|2B57
avgust|2B47 2CE7 3057
avi|73B
avq|777
avqust|757
avr|1C23 1FF3
avr.|113 11E3 11F3
avril|103 1FE3
avrêlê|1C03
awg|2F17
awg.|E27 15A7
awgust|2EF7
awgusta|E17 1597
awi|943
awirili|933
ayn|2AB1
aynas|2A81
az.|10A3
aza.|109A
azaroa|107A
aŭg|FE7
aŭgusto|FD7
balandžio|1E23
bazar|760
bazar ertəsi|761
be|29A5
bear|2975
bearjadat|2955 2985
ber|1C2B
berfanbarê|1C0B
bio|7F9
birželio|1E25
bla|F72
blaɖa|F42
borg|2967 2997
borgemánnu|2947
bow|114B
bowte|113B
března|432
bṛa|2AA1
bṛayṛ|2A91
cab|28C8
cabudanni|28B8
ceturtd.|1F34
ceturtdiena|1F04
che|28D5
chenàbura|28A5
chorshanba|3043
col|1141
colte|1131
csütörtök|15D4
cu.|2690
cuo|2963
cuoŋ|2993
cuoŋománnu|2943
cut|2AA8
cutanbir|2A98
cuáŋui|2B93
cuáŋuimáánu|2B83
cyu.|2760
cze|2C5
czerwca|2B5
czw.|2D4
czwartek|2A4
cümə|765
cümə axşamı|764
da december|264B
da fanadur|2646
da favrer|2641
da mars|2642
da matg|2644
da november|264A
da schaner|2640
da settember|2648
da zercladur|2645
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
dec|28B A9B FEB 166B 1A1B 2CFB 2D2B
dec.|34B 38B E2B 132B 15AB 15EB 1F2B 26CB 2B5B
decembar|A8B 2CEB
decembarip|19FB
december|27B 33B 37B 15CB 2B4B
decembra|E1B 159B 2B1B
decembre|165B
decembrie|26BB
decembris|1F1B
decembro|FDB 131B
dek|77B 2F1B 306B
dekabr|75B 2EFB 305B
des|94B 1FFB
des.|3BB 171B 240B
desam|1FEB
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
dhj|2C5B
dhjetor|2C4B
di|292 E60 FF0 29A2
dic|15B 24B
dic.|101B 102B
dicembre|23B
diciembre|14B 100B
dijous|AF4
dilluns|AF1
dim|2000
dim.|120
dimanche|F0
dimans|1FD0
dimanĉo|FC0
dimarts|AF2
dimecres|AF3
dimɔ\u{301}di|E50
dinsdag|262
dip|7F8
disdat|2982
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
dom|160 250 740 1230 1670 28D0
dom.|200 1330
domenica|220
domenie|1200
domingo|130 1D0 210 1300
domingu|710
dominica|1640
domìniga|28A0
donderdag|264
ds.|B26
dsb|1DBB
dt.|B22
du|2650 29A4
dubna|433
duj|2AAB
dujanbir|2A9B
dum|586 18E0
dum.|26D0
dumengia|2630
dumingu|18B0
duminică|26A0
duor|2974
duorasdat|2954
duorastat|2984
dushanba|3041
duu|1144
duujal|1134
duş|2F21
duşem|1C11
duşenbe|2F01
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
d\u{2019}avrigl|2643
d\u{2019}avust|2647
d\u{2019}ochobre|729
d\u{2019}oct.|B19
d\u{2019}october|2649
d\u{2019}octubre|B09
e diel|2C30
e enjte|2C34
e hënë|2C31
e martë|2C32
e mërkurë|2C33
e premte|2C35
e shtunë|2C36
efute|31F6
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
ensil, oóli ú kátánuɛ|31F4
esa|E76
esaɓasú|E46
esmaspäev|1031
esɔ|E65
esɔpɛsɔpɛ|E55
et|3213
eye|1DC0
eyenga|1D90
fbl|1DB1
feb|151 241 281 731 941 A91 FE1 1661 2CF1 2D21
feb.|341 381 3B1 E21 1011 1021 1321 15A1 1711 2401 26C1 2B51
febbraio|231
febr|1A11
febr.|15E1 1F21
febreiro|1311
febrero|141 1001
februaarip|19F1
februar|371 3A1 A81 11C1 2B41 2CE1
februara|E11 1591
februari|271 331
februarie|26B1
februario|1651
februaro|FD1
február|15C1
februára|2B11
februāris|1F11
febrúar|1701
feburuye|931
feléte|31E5
fev|771 1FF1 3061
fev.|1F1
fevereiro|1E1
fevral|751 3051
fevriye|1FE1
few|2F11
fewral|2EF1
fim.|1724
fimmtudagur|16F4
fiɖ|F75
fiɖa|F45
fl|3215
fr|1275
fr.|2415
fre|355 28C1
fre.|395 3C5
fredag|325 365 23F5
freed|1245
freàrgiu|28B1
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
ga|29A3
gas.|2751
gask|2973
gaskavahkku|2953 2983
geas|2965 2995
geassemánnu|2945
gegužės|1E24
gel|1C27
gelawêjê|1C07
gen|240
gennaio|230
ghe|28C0
ghennàrgiu|28B0
ghɔ|592
ghɨ|595
gic.|2754
gie|2654
gievgia|2634
gio|254
giovedì|224
giu|245
giugno|235
giò|28D4
giòbia|28A4
gli|2651
glindesdi|2631
gnd.|2696 2766
gnu.|2695 2765
golg|2969 2999
golggotmánnu|2949
gru|2CB
grudnia|2BB
gruodžio|1E2B
gtu.|2693 2763
gul|1C24
gulanê|1C04
guov|2961 2991
guovvamánnu|2941
gush|2C57
gusht|2C47
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
ian.|26C0
ianuarie|26B0
ibr|2AA3
ibrir|2A93
id|32E3
ig.|10A0
igandea|1080
imeg mbəŋchubi|20A2 20B2
imeg àbùbì|20A1 20B1
iməg fog|20A4 20B4
iməg ichiibɔd|20A5 20B5
iməg ichika|20A7 20B7
iməg krizmed|20AB 20BB
iməg kud|20A8 20B8
iməg mbegtug|20A0
iməg ngwə\u{300}t|20A3 20B3
iməg tèsiʼe|20A9 20B9
iməg zò|20AA 20BA
iməg àdùmbə\u{300}ŋ|20A6 20B6
imɛŋ i putúk,oóli ú kátíɛ|31F9
imɛŋ i puɔs|31F8
inn|2AA0
innayr|2A90
ira.|1098
iraila|1078
irũdí|32D3
iul.|26C6
iulie|26B6
iun.|26C5
iunie|26B5
iyl|776 3066
iyn|775 3065
iyul|756 3056
iyun|755 3055
iýul|2EF6 2F16
iýun|2EF5 2F15
jaan|1050
jaanuar|1040
jan|280 A90 FE0 1660 1A10 2C50 2CF0 2D20
jan.|1F0 340 380 3B0 E20 11F0 15A0 15E0 1710 2400 2B50
janar|2C40
janeiro|1E0
januaarip|19F0
januar|370 3A0 A80 11C0 2B40 2CE0
januara|E10 1590
januari|270 330
januario|1650
januaro|FD0
január|15C0
januára|2B10
janv.|110 11E0 1F20
janvier|100
janvāris|1F10
janúar|1700
jeu.|124
jeudi|F4
joi|1234 26A4 26D4
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
jul|156 286 A96 FE6 1666 1A16 2CE6 2CF6 2D26
jul.|1F6 386 3B6 E26 1016 1026 15A6 2B56
julho|1E6
juli|276 336 346 376 3A6 A86 11C6 2406
julij|2B46
julija|E16 1596
julio|146 FD6 1006 1656
jum|955
juma|925 3045
jun|155 285 A95 FE5 1665 1A15 2CE5 2CF5 2D25
jun.|1F5 385 3B5 E25 1015 1025 15A5 2B55
junho|1E5
juni|275 335 345 375 3A5 A85 11C5 2405
junij|2B45
junija|E15 1595
junio|145 FD5 1005 1655
juov|296B 299B
juovlamánnu|294B
juovlâ|2B9B
juovlâmáánu|2B8B
juuli|1046 1056
juulip|19F6
juuni|1045 1055
juunip|19F5
júl.|15E6 1716
júla|2B16
július|15C6
júlí|1706
júm|1BB5
júmbá|1B85
jún.|15E5 1715
júna|2B15
június|15C5
júní|1705
jūl.|1F26
jūlijs|1F16
jūn.|1F25
jūnijs|1F15
jǝǝ|1BB4
jǝǝdí|1B84
kaa|58A
kab.|2692 2762
kam.|2755
kan.|2694 2757 2764
kar|950
kari|920
ke|403
kedd|15D2
kel|F69
kele|F59
kesi|2B95
kesimáánu|2B85
keskiviikko|3D3
keskiviikkona|413
kesäk.|3F5
kesäkuuta|3E5
ketvirtadienis|1E34
kew|1C29
kewçêrê|1C09
kin|18E4
kinta-fera|18B4
kl|3214
kol|1577
kolmapäev|1033
kolovoza|1567
kor|1145
korr|2C56
korrik|2C46
korse|1135
kos|2BA3
koskokko|2B73
kovo|1E22
kpa|591
kris|23DB
krísimin|23CB
kt|1E44
ktu|2AA9
ktubr|2A99
kua|18E3
kuarta-fera|18B3
kuovâ|2B91
kuovâmáánu|2B81
kuŋgwɛ|19E6
kuɖ|F73
kuɖa|F43
května|434
kwa|E72
kwasú|E42
kwi|2C3
kwietnia|2B3
kúpélimetúkpiapɛ|31E4
kɔn|7F0
kɔs|F70
kɔsiɖa|F40
kɔɔ|805
kɨz|581
la|406
la.|2416
lahadi|30E0
lapkričio|1E2A
larunbata|1086
lau.|1726
lauantai|3D6
lauantaina|416
laugardagur|16F6
laupäev|1036
laurdag|23F6
ledna|430
ley.|11D6
leygardagur|11B6
liepos|1E26
lin|2001
lindi|1FD1
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
lun|161 251 1231 1671 28D1
lun.|121 26D1
lundi|F1 19D1
lundo|FC1
lunedi|1641
lunedì|221
lunes|131
luni|26A1
lunis|1201 28A1
luns|1301 1331
lut|2C1
lutego|2B1
lyɛʼɛ\u{301} sẅíŋtè|2420
làm|28C5
làmpadas|28B5
lá|29A6
láv|2976 2BA6
lávurdâh|2B76
lávvardat|2956
lávvordat|2986
lör|356
lördag|326
lør.|396 3C6
lørdag|366
lǝn|1BB1
lǝndí|1B81
lɔm|589
ma|291 401 FF2 2652
maa|1BB2
maadí|1B82
maajip|19F4
maalisk.|3F2
maaliskuuta|3E2
maanantai|3D1
maanantaina|411
maandag|261
maart|272
mabágá má sukul|23B5
mac|7F1
mad|E66
madiɓɛ\u{301}díɓɛ\u{301}|E56
mag|244
maggio|234
mai|104 114 3A4 3B4 1044 1054 11C4 11E4 11F4 1664 1DB4 2404 26B4 26C4
mai.|1F4 1094
maiatza|1074
maijs|1F14 1F24
maio|1E4 1314 1324 1654
maj|2C4 334 344 374 384 A84 A94 FE4 1A14 28C4 2B44 2B54 2BA2 2C44 2C54 2CE4 2CF4 2D24
maj.|E24
maja|2B4 E14
majebargâ|2B72
majo|FD4
maju|28B4
makandikɛ|31FA
man.|391 3C1
mandag|361
mar|152 162 242 252 2C2 732 742 772 942 A92 FE2 1232 1662 1672 1A12 1A22 1FF2 2002 28C2 28D2 2C52 2CF2 3062
mar.|122 1F2 382 3B2 1012 1022 1092 11F2 1322 1332 1712 26C2 26D2 2B52
marca|2B2 2B12
mardi|F2 19D2 1FD2 2632
mardo|FC2
marec|2B42
marisi|932
marlunngorneq|1A02
marrask.|3FA
marraskuuta|3EA
mars|102 112 332 342 3A2 11C2 11E2 1702 1FE2 2402 2C42
marsip|19F2
mart|752 A82 2CE2 2D22 2EF2 2F12 3052
martars|1202
martedi|1642
martedì|222
martes|132 712 1302
martie|26B2
martio|1652
martis|28A2
marto|FD2
marts|372 1F12 1F22
martxoa|1072
martzu|28B2
marzo|142 232 1002 1312
março|1E2
marți|26A2
mas|F65
masa|F55
mat|7F2
mat.|2753
maw|1152
mawbaare|1122
mawnde|1125
may|154 734 754 774 7FA E69 2AA4 3054 3064
may.|1014 1024
mayo|144 1004
mayyu|2A94
mayésɛ\u{301}|E59
maí|1704 1714
maý|2EF4 2F14
maŋ|2972
maŋŋebárga|2952
maṛ|2AA2
maṛṣ|2A92
mbe.|2691 2761
mbegtug|20B0
mbiyɔ mɛndoŋgɔ|19E2
mbl|1DC2
mbo|1142
mbooy|1132
mbs|23E5
mbɔ|804
mbɔ\u{301}ɔntè mvfò lyɛ\u{30C}ʼ|2422
mbɔ\u{301}ɔntè tsetsɛ\u{300}ɛ lyɛ\u{30C}ʼ|2424
md|3211
me|FF3 1FE4 1FF4 2653
mei|274 284
mej.|15A4
meje|1594
mem|F76
memleɖa|F46
mer|253 1673 2003
mer.|123
mercoledì|223
mercredi|F3
mercuridi|1643
merkredi|1FD3
merkredo|FC3
mesemna|2633
mesiŋ, oóli ú kénie|31F3
metúkpíápɛ|31E3
mie|1233
mie.|26D3
miercuri|26A3
miercus|1203
mies|2964 2994
miessemánnu|2944
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
mit|32F0
mituú|32C0
mié|163 743
miércoles|133 713
mið.|1723
miðvikudagur|16F3
mk|32E1
mmk|32F2
mms|32F3
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
ms|32E2
msi|1DB2
mst|1DC3
mtn|1DC5
mto|7F3
muk|E73
mukũi|32D1
mukɔ\u{301}sú|E43
mur|32F1
murakipí|32C1
murakí-mukũi|32C2
murakí-musapíri|32C3
musapíri|32D2
mut.|2750
muányáŋmóndie|31E2
mvfò lyɛ\u{30C}ʼ|2421
mvfò màga lyɛ\u{30C}ʼ|2425
mw|3212
mwd|1155
màga lyɛ\u{30C}ʼ|2426
má|29A1
máj.|15E4
mája|2B14
május|15C4
mán.|11D1 1721
mánadagur|11B1
mánnodat|2981
mánudagur|16F1
márc.|15E2
március|15C2
märts|1042 1052
må.|2411
mån|351
måndag|321 23F1
mèr|28D3
mèrcuris|28A3
mér.|1333
mércores|1303
móndie|31E1
měr.|E22 15A2
měrca|E12 1592
mɔnɔ sɔndi|19D6
mɔ\u{301}n|10E1 23E1
mɔ\u{301}ndi|10B1
mɔ\u{301}ndɔ|23B1
mɔ\u{301}s|E71
mɔ\u{301}sú|E41
mɛ|934 944
mɛk|1BB3
mɛkrɛdí|1B83
mɛrkɛrɛdi|19D3
naa|1154
naasaande|1124
nad|28CB
nadale|28BB
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
ne|440 2B20
ned|AA0 2D00
ned.|2B60
nedelja|2B30 2CD0
nedeľa|2B00
nedjelja|A70 2D10
neděle|420
neljapäev|1034
ng1|23D0
ng10|23D9
ng11|23DA
ng2|23D1
ng3|23D2
ng4|23D3
ng5|23D4
ng6|23D5
ng7|23D6
ng8|23D7
ng9|23D8
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
ngwɛn hɛmbuɛrí|23C6
ngwɛn lɔmbi|23C7
ngwɛn matáhra|23C0
ngwɛn rɛbvuâ|23C8
ngwɛn wum|23C9
ngwɛn wum navǔr|23CA
ngwɛn ńlal|23C2
ngwɛn ńmba|23C1
ngwɛn ńna|23C3
ngwɛn ńtan|23C4
ngwɛn ńtuó|23C5
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
njuhčâ|2B92
njuhčâmáánu|2B82
njuk|2962 2992
njukčamánnu|2942
noiembrie|26BA
nov|15A 24A 28A A9A FEA 105A 166A 1A1A 1FFA 2CFA 2D2A
nov.|11A 1FA 34A 38A 3BA 101A 102A 11EA 11FA 132A 15EA 1F2A 240A 26CA 2B5A
novam|1FEA
novembar|A8A 2CEA
novembarip|19FA
november|27A 33A 37A 3AA 104A 11CA 15CA 2B4A
novembra|2B1A
novembre|10A 23A 165A
novembris|1F1A
novembro|1EA FDA 131A
noviembre|14A 100A
now|94A
now.|E2A 15AA
nowanburu|93A
nowembra|E1A 159A
noy|77A 306A
noyabr|75A 305A
noý|2F1A
noýabr|2EFA
nts|590
ntɛ|951
ntɛnɛ|921
num.|1920
numĩggu|18F0
nuw|2AAA
nuwanbir|2A9A
nvb|1DBA
nya.|2756
nyukul|19E9
nyɛt|E68
nyɛtɛki|E58
nze.|2758
nzu|585
nën|2C5A
nëntor|2C4A
nóv.|171A
nóvember|170A
nùm|580
nɔy|800
o.1|3200
o.10|3209
o.11|320A
o.12|320B
o.2|3201
o.3|3202
o.4|3203
o.5|3204
o.6|3205
o.7|3206
o.8|3207
o.9|3208
och|739
oct|159 1669
oct.|119 1019 1029 11E9 11F9 26C9
octobre|109 1659
octombrie|26B9
octubre|149 1009
og.|10A4
okt|289 779 A99 FE9 1059 1A19 1FF9 2CF9 2D29 2F19 3069
okt.|349 389 3B9 E29 15A9 15E9 1719 1F29 2409 2B59
oktabr|3059
oktob|1FE9
oktobar|A89 2CE9
oktobarip|19F9
oktober|279 339 379 3A9 11C9 2B49
oktobra|E19 1599
oktobris|1F19
oktobro|FD9
oktoober|1049
oktyabr|759
október|15C9 1709
októbra|2B19
oktýabr|2EF9
on.|2413
ons|353
ons.|393 3C3
onsdag|323 363 23F3
or.|10A5
osteguna|1084
ostirala|1085
otrd.|1F32
otrdiena|1F02
ots.|1091
otsaila|1071
ott|249
ottobre|239
out|1FE7 1FF7
out.|1F9 1329
outubro|1E9 1319
ođđajagemánnu|2940
ođđj|2960 2990
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
pas|2BA0
pasepeivi|2B70
pay|73A
payshanba|3044
paź|2C9
października|2B9
pe|405
pen|2F24
penktadienis|1E35
penşenbe|2F04
perjantai|3D5
perjantaina|415
pet|AA5 2D05
pet.|2B65
petak|A75 2CD5 2D15
petek|2B35
pi|2B25 32E8
piatok|2B05
piektd.|1F35
piektdiena|1F05
pikítíkítie, oólí ú kutúan|31F0
pilɔndɔ\u{301}|31FB
pin|1A23
pingasunngorneq|1A03
pir-kurã-há|18F1
pir.|1921
pirmadienis|1E31
pirmd.|1F31
pirmdiena|1F01
pisuyú|31F7
piątek|2A5
pja|15B5
pjatk|1585
pm|32E6
pn|1E45
po|441 2B21
pon|AA1 2D01
pon.|2D1 2B61
pondelok|2B01
pondělí|421
ponedeljak|2CD1 2D11
ponedeljek|2B31
ponedjeljak|A71
poniedziałek|2A1
porge|2B97
porgemáánu|2B87
pr|1E41
pri|2C53
prill|2C43
pro|157B
prosinca|156B
prosince|43B
ps|32E7
pt.|2D5
pu|32E4
py|32E5
pá|445
pátek|425
pén.|1925
pénkar-kurã-há|18F5
péntek|15D5
pêncşem|1C14
pón|E31 15B1
póndźela|1581
pónjeźele|E01
pú|32D4
pú-irũdí|32D8
pú-mukũi|32D6
pú-musapíri|32D7
pú-yepé|32D5
pûş|1C25
pûşperê|1C05
pühapäev|1030
pět|E35
pětk|E05
pş|1C34
qer|2C55
qershor|2C45
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
roovvâd|2B99
roovvâdmáánu|2B89
rugpjūčio|1E27
rugsėjo|1E28
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
sam|1BB6 2006
sam.|126
samdi|1FD6
samdí|1B86
samedi|F6
santandria|28BA
santugaine|28B9
sap|1A20
sapaat|1A00
sas|23E6
sau|32F6
saurú|32C6
sausio|1E20
sav.|1926
savnu|18F6
saŋ cÿó|2433
saŋ kàg ngwóŋ|2431
saŋ lepyè shúm|2432
saŋ lùm|243B
saŋ mbʉ\u{300}ŋ|2437
saŋ mejwoŋó|243A
saŋ ngwɔ\u{300}ʼ mbÿɛ|2438
saŋ njÿoláʼ|2435
saŋ tsetsɛ\u{300}ɛ lùm|2430
saŋ tsɛ\u{300}ɛ cÿó|2434
saŋ tyɛ\u{300}b tyɛ\u{300}b mbʉ\u{300}ŋ|2436
saŋ tàŋa tsetsáʼ|2439
sd|3210
see|584 1143
seeɗto|1133
seg.|201
segunda|211
segunda-feira|1D1
sekmadienis|1E30
sen|778 2F18 3068
sentabr|3058
sentyabr|758
sentýabr|2EF8
sep|288 A98 FE8 1668 1FF8 2CF8
sep.|348 388 3B8 E28 15A8 1718 2408 2B58
sept|158 1058 1A18 2D28
sept.|118 1028 11E8 11F8 1F28 26C8
septam|1FE8
septembar|A88 2CE8
septembarip|19F8
september|278 338 378 3A8 1048 11C8 1708 2B48
septembra|E18 1598 2B18
septembre|108 1658
septembrie|26B8
septembris|1F18
septembro|FD8
septiembre|148
ser|1C2A
sermawezê|1C0A
ses|18E5
seshanba|3042
sesta-fera|18B5
sestd.|1F36
sestdiena|1F06
set|248 738
set.|1F8 1018 1328
setembro|1E8 1318
setiembre|1008
settembre|238
sex.|205
sexta|215
sexta-feira|1D5
shanba|3046
shk|2C51
shkurt|2C41
sht|2C58
shtator|2C48
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
siş|2F22
sişenbe|2F02
siɓiti|30E6
siɛyɛ\u{301}, oóli ú kándíɛ|31F1
sk|1E40
skammâ|2B9A
skammâmáánu|2B8A
skáb|296A 299A
skábmamánnu|294A
slt|1148
smb|10E2 23E2
sml|10E3 23E3
smn|10E4 23E4
snein|1240
sneon|1246
so|446 1276 2656 29A0 2B26
sob|E36 15B6
sob.|2D6 2B66
sobota|2A6 426 E06 1586 2B06 2B36
sonda|2636
sotn|2970
sotnabeaivi|2950 2980
spalio|1E29
sre|2D03
sre.|2B63
sreda|2B33 2CD3
sri|AA3
srijeda|A73 2D13
srj|E33 15B3
srjeda|1583
srjoda|E03
srp|1576
srpna|437
srpnja|1566
ss|3216
st|443 2B23
stA|28CA
stG|28C9
stb|1DB8
streda|2B03
stu|157A
studenoga|156A
stw|E34
stwórtk|E04
sty|2C0
stycznia|2B0
středa|423
su|400
sub|AA6 2D06
subota|A76 2CD6 2D16
sun.|11D0 1720
sunnudagur|11B0 16F0
sunnuntai|3D0
sunnuntaina|410
suoi|2966 2996
suoidnemánnu|2946
sup|32F4
supapá|32C4
svi|1574
svibnja|1564
svētd.|1F30
svētdiena|1F00
syeini|2B96
syeinimáánu|2B86
syysk.|3F8
syyskuuta|3E8
szept.|15E8
szeptember|15C8
szerda|15D3
szombat|15D6
sàb|28D6
sàbadu|28A6
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
sásadi|23B6
sâm.|26D6
sâmbătă|26A6
sér|10E6
séradé|10B6
séselé|31E6
sêşem|1C12
sön|350
söndag|320
sø.|2410
søn.|390 3C0
søndag|360 23F0
sş|1C32
sɔndi|19D0
sɔŋ|E62
sɔŋɛ|E52
sɔ\u{301}n|10E0 1BB0 23E0
sɔ\u{301}ndiɛ|31E0
sɔ\u{301}ndǝ|1B80
sɔ\u{301}ndɔ|10B0 23B0
sɔ\u{301}ndɔ mafú mába|23B2
sɔ\u{301}ndɔ mafú málal|23B3
sɔ\u{301}ndɔ mafú mána|23B4
sɔ\u{301}ndɔ məlú mə\u{301}bɛ\u{30C}|10B2
sɔ\u{301}ndɔ məlú mə\u{301}lɛ\u{301}|10B3
sɔ\u{301}ndɔ məlú mə\u{301}nyi|10B4
sɛt|948
sɛtanburu|938
taa|583
tal|1A25
talata|30E2
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
tet|2C59
tetor|2C49
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
to.|2414
tongersdei|1244
tor.|3C4 2B62
torek|2B32
tors|354
tors.|394
torsdag|324 364 23F4
torstai|3D4
torstaina|414
toukok.|3F4
toukokuuta|3E4
tr|1E43
tra|1573
travnja|1563
trečiadienis|1E33
trešd.|1F33
trešdiena|1F03
trì|28C6
trìulas|28B6
tsuʔndzɨkɔʔɔ|566
tsuʔntsɨ|560
tsuʔughɔe|562
tsuʔughɨ\u{302}m|565
tsuʔukpà|561
tsuʔumè|564
tsuʔutɔ\u{300}mlò|563
tsètsɛ\u{300}ɛ lyɛ\u{30C}ʼ|2423
tuo|2BA4
tuorâstâh|2B74
ty.|2412
tysdag|23F2
tîr|1C26
tîrmehê|1C06
týs.|11D2
týsdagur|11B2
tɔm|593
tɛɛnɛɛ|30E1
tɨd|582
tẽg.|1923
tẽgtũ-kurã-há|18F3
ugu.|275A
uku.|275B
ukw.|2759
ume|594
urr.|1099
urria|1079
urt.|1090
urtarrila|1070
ut|2B22
uti|937 947
uto|AA2 2D02
utorak|A72 2CD2 2D12
utorok|2B02
uum|802
uzt.|1096
uztaila|1076
uđiv|2B90
uđđâivemáánu|2B80
van|2005
vandredi|1FD5
vasario|1E21
vasárnap|15D0
vaŋdɛrɛdi|19D5
ve|FF5 2655
veebr|1051
veebruar|1041
velj|1571
veljače|1561
ven|255 1675
ven.|125 1335
venderdi|2635
vendredi|F5
vendredo|FC5
venerdi|1645
venerdì|225
venres|1305
vie|165 745
vienres|715
viernes|135
vin|1235
vin.|26D5
vinars|1205
vineri|26A5
vr|295
vrijdag|265
vuo|2BA1
vuos|2971
vuossargâ|2B71
vuossárga|2951
vyesi|2B94
vyesimáánu|2B84
vás|2BA5
vástuppeivi|2B75
vẽn.|1924
vẽnhkãgra-kurã-há|18F4
wanja|19E1
wał|E32
wałtora|E02
wer.|2752
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
yakshanba|3040
yan|770 1DB0 3060
yanvar|750 3050
yar|1149
yarkomaa|1139
yaw|F74
yawoɖa|F44
ybo|1DC1
ye|32E0
yedi|19D4
yekşem|1C10
yepé|32D0
yepé-mukũi|32DB
yepé-putimaã|32D9
yepé-yepé|32DA
ym|32EB
yp|32E9
yuk|32F5
yukuakú|32C5
yul|1DB6 2AA6
yulyuz|2A96
yun|1DB5 2AA5
yunyu|2A95
yy|32EA
yş|1C30
za|296
zan|940 1FF0
zanvie|1FE0
zanwuye|930
zaterdag|266
ze|2004
zedi|1FD4
zil|1FF6
zilye|1FE6
zin|1FE5 1FF5
zo|290
zondag|260
zul|946
zuluye|936
zuw|945
zuwɛn|935
září|438
Àbám|3266 32A6
Àjj|3175
Àjjuma|3145
Àla|3173
Àlarba|3143
Àìk|3260 32A0
Ápta Mɔ\u{301}ndi|1732
Ç.|783
Ç.a.|782
Çar|313
Çarşamba|2F3
Èrèl|3251 3291
Épr|25B3
Éprel|25A3
Ìgb|3253 3293
Ìsɛ\u{301}g|32A2
Ìsẹ\u{301}g|3262
Íne|1CE2
Ògmh|12E5
Ògú|3257 3297
Òkú|3255 3295
Öig|3127
Öigšte|3117
ágú.|1717
ágúst|1707
ápr.|15E3
április|15C3
çar|2F23
çarşem|1C13
çarşenbe|2F03
çş|1C33
çərşənbə|763
çərşənbə axşamı|762
ét|E70
éti|E40
în|1C15 1C35
února|431
út|442
úterý|422
ýan|2F10
ýanwar|2EF0
ýek|2F20
ýekşenbe|2F00
þri.|1722
þriðjudagur|16F2
Āku|20E7
Ākuhata|20D7
Āpe|20E3
Āpereira|20D3
Čhaŋpȟásapa Wí|1D86
Čhaŋwápe-kasná Wí|1D89
Čhaŋwápetȟo Wí|1D84
Čhaŋwápeǧi Wí|1D88
čakč|2968 2998
čakčamánnu|2948
července|436
června|435
čet|AA4 2D04
čet.|2B64
četrtek|2B34
četvrtak|A74 2CD4 2D14
čohčâ|2B98
čohčâmáánu|2B88
čt|444
čtvrtek|424
Ġim|2295
Ġun|2285
Ġunju|2275
Ħad|2290
Ħam|2294
ĨPU|1FB3
Ĩkl|186B
Ĩkm|186A
Ĩku|1869
Ĩpurũ|1FA3
ĵa|FF4
ĵaŭdo|FC4
Ŋuaan|2474
Ŋuaan lätni|2444
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
şen|2F26
şenbe|2F06
şənbə|766
šeštadienis|1E36
št|1E46 2B24
štvrtok|2B04
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
Ɔjɔ\u{301} Ajé|3281
Ɔjɔ\u{301} Àbámɛ\u{301}ta|3286
Ɔjɔ\u{301} Àìkú|3280
Ɔjɔ\u{301} Ìsɛ\u{301}gun|3282
Ɔjɔ\u{301} Ɛtì|3285
Ɔjɔ\u{301}b|32A4
Ɔjɔ\u{301}bɔ|3284
Ɔjɔ\u{301}r|32A3
Ɔjɔ\u{301}rú|3283
Ɔlɔ\u{301}ɨ\u{301}bɔ\u{301}rárɛ|1F77
Ɔɛn|1F82
Ɔɛnɨ\u{301}ɔɨŋɔk|1F72
Ɔ\u{300}pɛ|329B
Ɔ\u{300}wà|3299
Ɛrɛ\u{300}n|3292
Ɛt|32A5
Ɛ\u{300}bi|3294
Ɣuc|1827 2FD7
Ɣuct|1817 2FC7
ǀHooǂgaeb|232A
ǀKhuuǁkhâb|2322
ǂKhoesaob|2326
ǂNûǁnâiseb|2329
ǃHôaǂkhaib|2323
ǃKhaitsâb|2324
ǃKhanni|2320
ǃKhanǀgôab|2321
ɓulɓusɛ|19EB
ɔku|949
ɔkutɔburu|939
ɔnsúmbɔl, oóli ú kátátúɛ|31F2
ɔsɔn|31F5
ɔtb|1DB9
ɗón|E75
ɗónɛsú|E45
ɣuc|2AA7
ɣuct|2A97
ʻAok|2F57
ʻAokosi|2F47
ʻAp.|14A3
ʻApelila|1493
ʻAu.|14A7
ʻAukake|1497
ʻEpe|2F53
ʻEpeleli|2F43
ʻOk.|14A9
ʻOka|2F59
ʻOkakopa|1499
ʻOkatopa|2F49
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
Авг|2E57
Август|2E47
Алт|27C9
Алтынньы|27A9
Апр|2E53
Апрел|2E43
Атр|27C7
Атырдьых ыйын|27A7
Ахс|27CB
Б.|7C0
Б.Е.|7C1
Ба|21B5
Балаҕан ыйын|27A8
Блҕ|27C8
Бэс|27C5
Бэс ыйын|27A5
Бээтиҥсэ|27B5
Бя|21B6
Да|21B1
Дек|2E5B
Декабр|2E4B
Душанбе|2E31
Дшб|2E61
Июл|2E46 2E56
Июн|2E45 2E55
Клн|27C2
Кулун тутар|27A2
Лх|21B3
Май|2E44 2E54
Мар|2E52
Март|2E42
Мсу|27C3
Муус устар|27A3
Мя|21B2
Ноя|2E5A
Ноябр|2E4A
Ня|21B0
Окт|2E59
Октябр|2E49
Олун|27C1
Олунньу|27A1
От ыйын|27A6
Отй|27C6
Панҷшанбе|2E34
Пшб|2E64
Пү|21B4
Сен|2E58
Сентябр|2E48
Сешанбе|2E32
Сшб|2E62
Сэт|27CA
Сэтинньи|27AA
Тохс|27C0
Тохсунньу|27A0
Фев|2E51
Феврал|2E41
Ч.|7C3
Ч.А.|7C2
Чоршанбе|2E33
Чшб|2E63
Ш.|7C6
Шанбе|2E36
Шнб|2E66
Ыам|27C4
Ыам ыйын|27A4
Якшанбе|2E30
Янв|2E50
Январ|2E40
Яшб|2E60
авг|7B7 B97 2C97 2CC7
авг.|197 1C97 2127 2517 2F97
август|797 8D7 B77 2117 2C87 2F77 3097
августа|187
августы|2507
авӑн|CB8 CC8
ака|CB3 CC3
апр|7B3 AD3 B93 2C93 2CC3
апр.|193 1C93 2123 2513 2F93
апрел|793 3093
апрелы|2503
апрель|B73 2F73
апреля|183
април|8D3 AC3 2113 2C83
аравдугаар сар|2189
арван нэгдүгээр сар|218A
арван хоёрдугаар сар|218B
ауг|AD7
аугуст|AC7
ахсынньы|27AB
аў|842
аўторак|812
ақп.|19B1
ақпан|1991
баасан|2195
базар|7A0
базар ертәси|7A1
баскыһыанньа|27B0
бейсенбі|19A4
бейш.|1CA4
бейшемби|1C84
бер.|472
березня|462
бн|27D1
бс|19C4 27D0
бэ|27D5
бэнидиэнньик|27B1
бямба|2196
вер|838
вер.|478
верасня|828
вересня|468
воскресенье|170
вс|1A0
вт|1A2 482
вто.|2132
вторник|172 8C2 2102
выр.|CD0
вырсарникун|CA0
вівторок|452
груд.|47B
грудня|46B
гуравдугаар сар|2182
гыйн.|2F90
гыйнвар|2F70
даваа|2191
дек|7BB B9B
дек.|19B 1C9B 212B 251B 2F9B
декабр|79B 309B
декабры|250B
декабрь|B7B 2F7B
декабря|18B
декември|8DB 211B
дец|ADB 2C9B 2CCB
децембар|ACB 2C8B
долоодугаар сар|2186
дс|19C1
душ|30A1
душанба|3081
дцг|2522
дыццӕг|24F2
дүй.|1CA1
дүйсенбі|19A1
дүйшөмбү|1C81
дүш.|2FA1
дүшәмбе|2F81
дөрөвдүгээр сар|2183
еа|BA4
еара|B84
есдүгээр сар|2188
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
жум|30A5
жума|1C85 1CA5 3085
жұма|19A5
зургаадугаар сар|2185
ишемби|1C86
ишм.|1CA6
июл|B96 3096
июл.|196 1C96
июлы|2506 2516
июль|B76 2F76 2F96
июля|186
июн|B95 3095
июн.|195 1C95
июны|2505 2515
июнь|B75 2F75 2F95
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
крс|2521
кха|BA3
кхаара|B83
къуырисӕр|24F1
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
лхагва|2193
лют|831
лют.|471
лютага|821
лютого|461
ліп|836
ліпеня|826
ліс|83A
лістапада|82A
май|794 7B4 8D4 B74 B94 1C94 2F74 2F94 3094
майрӕмбон|24F5
майы|2504 2514
мам.|19B4
мамыр|1994
мар|7B2 AD2 B92 2C92
мар.|192 1C92 2122 2512 2F92
март|792 8D2 AC2 B72 2112 2C82 2CC2 2F72 3092
марта|182
мартъийы|2502
мау.|19B5
маусым|1995
мая|184 194 824 834
мај|AC4 AD4 2114 2124 2C84 2C94 2CC4
мрб|2525
мягмар|2192
наймдугаар сар|2187
нар.|CC1
нарӑс|CB1
нау.|19B2
наурыз|1992
нд|480 840
нед|AE0 2CA0
нед.|2130
недела|2100
неделя|8C0
недеља|2C70
неділя|450
недјеља|AB0 2CB0
нов|ADA 2C9A 2CCA
новембар|ACA 2C8A
ноем.|212A
ноември|8DA 211A
ноя|B9A
ноя.|1C9A 251A
нояб.|19A 2F9A
ноябр|309A
ноябры|250A
ноябрь|B7A 2F7A
ноября|18A
ној|7BA
нојабр|79A
нэгдүгээр сар|2180
нядзеля|810
ням|2190
окт|7B9 AD9 B99 2C99 2CC9
окт.|199 1C99 2129 2519 2F99
октобар|AC9 2C89
октомври|8D9 2119
октябр|3099
октябры|2509
октябрь|B79 2F79
октября|189
октјабр|799
оп|27D2
оптуорунньук|27B2
ор|BA1
оршот|B81
пʼятниця|455
пай|30A4
пайшанба|3084
панядзелак|811
пет|AE5 2CA5
пет.|2135
петак|AB5 2C75 2CB5
петок|2105
петък|8C5
пн|1A1 481 841
пон|AE1 2CA1
пон.|2131
понеделник|8C1 2101
понедельник|171
понедељак|2C71 2CB1
понеділок|451
понедјељак|AB1
пт|1A5 485 845
пуш|CB2 CC2
пятница|175
пятніца|815
пүрэв|2194
пӀе|BA5
пӀераска|B85
пәнҗ.|2FA4
пәнҗешәмбе|2F84
раш.|CCB
раштав|CBB
саб.|2136
сабат|24F6
сабота|2106
сак|832
сакавіка|822
сб|1A6 486 846 19C6 27D6
сбт|2526
сейсенбі|19A2
сен|7B8 B98
сен.|1C98 2518
сенбі|19A6
сент.|198 2F98
сентябр|3098
сентябры|2508
сентябрь|B78 2F78
сентября|188
сентјабр|798
сеп|AD8 2C98
септ|2CC8
септ.|2128
септембар|AC8 2C88
септември|8D8 2118
серада|813
середа|453
серп.|477
серпня|467
сеш|30A2
сешанба|3082
сиш.|2FA2
сишәмбе|2F82
сне|83B
снежня|82B
ср|1A3 483 843 19C3
сре|2CA3
сре.|2133
среда|173 2103 2C73
сри|AE3
сриједа|AB3 2CB3
сряда|8C3
сс|19C2
сту|830
студзеня|820
суб|AE6 2CA6
суббота|176
субота|456 816 AB6 2C76 2CB6
субуота|27B6
събота|8C6
сэ|27D3
сэрэдэ|27B3
січ.|470
січня|460
сәрсенбі|19A3
сәу.|19B3
сәуір|1993
тавдугаар сар|2184
там.|19B7
тамыз|1997
трав.|474
травня|464
тун.|CD1
тунтикун|CA1
уто|AE2 2CA2
уторак|AB2 2C72 2CB2
утӑ|CB6 CC6
феб|AD1 2C91 2CC1
фебруар|AC1 2C81
фев|7B1 B91
фев.|1C91 2121 2511 2F91
февр.|191
феврал|791 3091
февралы|2501
февраль|B71 2F71
февраля|181
февруари|8D1 2111
хоёрдугаар сар|2181
хуыцаубон|24F0
хцб|2520
цпр|2524
цыппӕрӕм|24F4
чацвер|814
черв.|475
червня|465
чет|AE4 2CA4
чет.|2134
четвер|454
четверг|174
четвртак|AB4 2C74 2CB4
четврток|2104
четвъртък|8C4
чор|30A3
чоршанба|3083
чп|27D4
чт|1A4 484
чц|844
чэппиэр|27B4
чэр|835
чэрвеня|825
чәр.|2FA3
чәршәмбе|2F83
чәршәнбә|7A3
чәршәнбә ахшамы|7A2
чӳк|CBA CCA
шан|30A6
шанба|3086
шарш.|1CA3
шаршемби|1C83
шейш.|1CA2
шейшемби|1C82
ши|BA2
шим.|2FA6
шимбә|2F86
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
якш|30A0
якш.|2FA0
якшанба|3080
якшәмбе|2F80
янв|B90
янв.|190 1C90 2510
январ|3090
январы|2500
январь|B70
января|180
януари|8D0
јан|7B0 AD0 2C90 2CC0
јан.|2120
јанвар|790
јануар|AC0 2C80
јануари|2110
јул|AD6 2C86 2C96 2CC6
јул.|2126
јули|AC6 2116
јун|AD5 2C85 2C95 2CC5
јун.|2125
јуни|AC5 2115
җом.|2FA5
җомга|2F85
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
Ҷмъ|2E65
Ҷумъа|2E35
Ҹ.|7C5
Ҹ.А.|7C4
ҹүмә|7A5
ҹүмә ахшамы|7A4
ӕрт|2523
ӕртыццӕг|24F3
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
א\u{5B7}פ\u{5BC}ריל|3233
אוגוסט|14D7
אוג\u{5F3}|14E7
אויגוסט|3237
אוקטובר|14D9
אוק\u{5F3}|14E9
אפריל|14D3
אפר\u{5F3}|14E3
אקטאבער|3239
דאנערשטיק|3224
דינסטיק|3222
דעצעמבער|323B
דצמבר|14DB
דצמ\u{5F3}|14EB
זונטיק|3220
יא\u{5B7}נוא\u{5B7}ר|3230
יולי|14D6 14E6 3236
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
יוני|14D5 14E5 3235
ינואר|14D0
ינו\u{5F3}|14E0
מא\u{5B8}נטיק|3221
מאי|14D4 14E4
מיטוואך|3223
מיי|3234
מערץ|3232
מרץ|14D2 14E2
נאוועמבער|323A
נובמבר|14DA
נוב\u{5F3}|14EA
סעפ\u{5BC}טעמבער|3238
ספטמבר|14D8
ספט\u{5F3}|14E8
פ\u{5BF}עברוא\u{5B7}ר|3231
פ\u{5BF}רײ\u{5B7}טיק|3225
פברואר|14D1
פבר\u{5F3}|14E1
שבת|14F6 3226
آب|657
آبان|10FA
آتھوار|1B20
آذار|652
آذر|10FB
آچر|28E0
آڤریل|1E13
آڪٽوبر|28F9
آگسٽ|28F7
آگوست|1E17
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
ئاپرېل|2FF3
ئاۋغۇست|2FF7
ئایار|C74
ئوکتوڤر|1E19
ئىيۇل|2FF6
ئىيۇن|2FF5
ئۆكتەبىر|2FF9
ئەیلوول|C78
اتوار|2570 3020
اربع|28E3
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
اونۍ|25D6
ا\u{64E}تھوار|1B00
اپريل|28F3
اپریل|1B13 2583 25E3 3033
اکتوبر|2589 25E9 3039
اکتو\u{657}بر|1B19
اګست|25E7
اگست|1B17 2587 3037
اڱارو|28E2
بدھ|3023
برؠسوار|1B04 1B24
بهمن|10F1
بودوار|1B03 1B23
ب\u{64F}دھ|2573
بٹوار|1B06 1B26
بۆموار|1B02 1B22
بەفرانبار|C90
تشرين الأول|659
تشرين الثاني|65A
تشرینی دووەم|C7A
تشرینی یەکەم|C79
تموز|656
تیر|10F6
تەمووز|C76
ثور|1114
جانفي|640
جانڤیە|1E10
جدی|1110
جمادى الآخرة|68B
جمادى الأولى|68A
جمعرات|2574 3024
جمعه|1105 25D5
جمعو|28E5
جمعہ|2575 3025
جنؤری|1B10
جنوري|25E0 28F0
جنوری|2580 3030
جوان|645
جوزا|1115
جولاء\u{650}|28F6
جولائی|2586 3036
جولای|25E6
جون|2585 25E5 28F5 3035
جويلية|646
جو\u{657}لایی|1B16
جو\u{657}ن|1B15
جو\u{659}أن|1E15
جو\u{659}لا|1E16
ج\u{64F}مہ|1B05 1B25
جۆزەردان|C95
جۈ|3015
جۈمە|3005
حزيران|655
حمل|1113
حوت|1112
حوزەیران|C75
خاکەلێوە|C93
خرداد|10F5
خميس|28E4
خەرمانان|C98
دئسامر|1E1B
دجمبر|67B
دجنبر|66B
درېنۍ|25D2
دسمبر|1B1B 258B 25EB 303B
دلو|1111
دوشنبه|1101
دونۍ|25D1
دووشەممە|C81
ديسمبر|63B 64B
دۈ|3011
دۈشەنبە|3001
دی|10F0
دېكابىر|2FFB
ذو الحجة|685
ذو القعدة|684
ربيع الآخر|689
ربيع الأول|688
رجب|680
رمضان|682
سئپتامر|1E18
سبتمبر|638 648
ستمبر|1B18 2588 3038
سرطان|1116
سنبله\u{654}|1118
سه\u{200C}شنبه|1102
سومر|28E1
سيپٽمبر|28F8
سێشەممە|C82
سېنتەبىر|2FF8
سېپتمبر|25E8
سە|3012
سەرماوەز|C9B
سەيشەنبە|3002
شباط|651
شتمبر|678
شتنبر|668
شعبان|681
شنبه|1106
شهریور|10F8
شوال|683
شوبات|C71
شە|3016
شەممە|C86
شەنبە|3006
صفر|687
عقرب|111A
غشت|667
فئڤریە|1E11
فبراير|631 661 671
فبروري|25E1
فرؤری|1B11
فروردین|10F3
فروری|2581 3031
فيبروري|28F1
فيفري|641
فېۋرال|2FF1
قوس|111B
كانون الأول|65B
كانون الثاني|650
مئ|2584
مئي|28F4
مئی|1B14 1E14 3034
مارت|2FF2
مارس|632 642 662 672 1E12
مار\u{655}چ|1B12
مارچ|2582 25E2 28F2 3032
ماي|644 664 2FF4
مايو|634 674
محرم|686
مرداد|10F7
منگل|2572 3022
مهر|10F9
میزان|1119
مۍ|25E4
نوفمبر|63A 64A 67A
نومبر|1B1A 258A 25EA 28FA 303A
نونبر|66A
نويابىر|2FFA
نوڤامر|1E1A
نيسان|653
نیسان|C73
يانۋار|2FF0
يناير|630 660 670
يوليو|636 676
يوليوز|666
يونيو|635 665 675
يونۍ|25D0
يە|3010
يەكشەنبە|3000
پنجشنبه|1104
پووشپەڕ|C96
پينځنۍ|25D4
پیر|2571 3021
پێنجشەممە|C84
پە|3014
پەيشەنبە|3004
څلرنۍ|25D3
چا|3013
چارشەنبە|3003
چهارشنبه|1103
چوارشەممە|C83
ڇنڇر|28E6
ڊسمبر|28FB
ڕێبەندان|C91
ڕەزبەر|C99
ڕەشەمە|C92
ژ\u{654}ندر\u{655}روار|1B01
ژ\u{654}ند\u{655}روار|1B21
کانونی یەکەم|C7B
کانوونی دووەم|C70
گوڵان|C94
گەلاوێژ|C97
گەڵاڕێزان|C9A
ھەینی|C85
ہفتہ|2576 3026
یکشنبه|1100
یەکشەممە|C80
अकत\u{941}म\u{94D}बर|1B49
अक\u{94D}ट\u{942}बर|8E9 909
अक\u{94D}टोबर|2389
अक\u{94D}ट\u{2019}|A59
अक\u{94D}ट\u{2019}बर|A39
अक\u{94D}त\u{942}.|DE9
अक\u{94D}त\u{942}बर|DD9 1519 1F59
अक\u{94D}त\u{942}बर:|2799
अक\u{94D}त\u{942}बरमासः|2789
अक\u{94D}त\u{942}\u{970}|1529
अग|2927
अग.|DE7
अगस\u{94D}ट|2387 2917
अगस\u{94D}त|8E7 907 DD7 1517 1B47 1F57
अगस\u{94D}त:|2797
अगस\u{94D}तमासः|2787
अग\u{970}|1527
अप\u{94D}रिल|2383
अप\u{94D}र\u{948}|2923
अप\u{94D}र\u{948}ल|8E3 903 DD3 DE3 1513 1523 1B43 1F53 2913
अप\u{94D}र\u{948}ल:|2793
अप\u{94D}र\u{948}लमासः|2783
आइत|23A0
आइतबार|2390
आग|A57
आगष\u{94D}ट|A37
आथवार|1B30
आयतार|1AE0
आर\u{94D}त|2930
आर\u{94D}तवार|2900
एप\u{94D}रि|A53 2203
एप\u{94D}रिल|A33 21F3
एप\u{94D}रील|1AF3
ऐत|DF0
ऐतबार|DC0
ऐतवार|8F0
ऑक\u{94D}टो|2209 2929
ऑक\u{94D}टोबर|1AF9 21F9
ऑग|2207
ऑगस\u{94D}ट|1AF7 21F7
ओक\u{94D}टोबर|2919
ग\u{941}र\u{941}|1534 2214
ग\u{941}र\u{941}वार|1504 21E4
ग\u{941}र\u{941}वासर:|2774
च\u{902}दिरवार|1B31
छ\u{902}छ|2936
छ\u{902}छर|2906
जन|2920
जन.|DE0
जनवरी|8E0 900 DD0 1510 1B40 1F50 2380 2910
जनवरी:|2790
जनवरीमासः|2780
जन\u{970}|1520
जान|A50
जान\u{941}वारी|A30
जान\u{947}|2200
जान\u{947}वारी|1AF0 21F0
ज\u{941}|2926
ज\u{941}न|A35 A55 2385
ज\u{941}म|2935
ज\u{941}मो|2905
ज\u{941}म\u{94D}मा|1B35
ज\u{941}ल|A56
ज\u{941}लय|1AF6
ज\u{941}लाई|8E6 906 A36 DD6 DE6 1516 1B46 1F56 2386 2916
ज\u{941}लाई:|2796
ज\u{941}लाईमासः|2786
ज\u{941}ल\u{948}|21F6 2206
ज\u{941}ल\u{970}|1526
ज\u{942}न|8E5 905 DD5 DE5 1515 1525 1AF5 1B45 1F55 21F5 2205 2915 2925
ज\u{942}न:|2795
ज\u{942}नमासः|2785
डिस\u{902}|292B
डिस\u{902}बर|291B
डिस\u{947}|A5B
डिस\u{947}\u{902}|220B
डिस\u{947}\u{902}बर|1AFB 21FB
डिस\u{947}म\u{94D}बर|A3B 238B
दस\u{942}मबर|1B4B
दिस.|DEB
दिस\u{902}बर|8EB 90B DDB 151B 1F5B
दिस\u{902}बर:|279B
दिस\u{902}बरमासः|278B
दिस\u{970}|152B
नव.|DEA
नव\u{902}|292A
नव\u{902}बर|90A DDA 151A 1F5A 291A
नव\u{902}बर:|279A
नव\u{902}बरमासः|278A
नवम\u{94D}बर|8EA
नव\u{942}मबर|1B4A
नव\u{947}|A5A
नव\u{947}म\u{94D}बर|A3A
नव\u{970}|152A
नोभ\u{947}म\u{94D}बर|238A
नोव\u{94D}ह\u{947}\u{902}|220A
नोव\u{94D}ह\u{947}\u{902}बर|1AFA 21FA
फर|2921
फर.|DE1
फरवरी|8E1 901 DD1 1F51 2911
फरवरी:|2791
फरवरीमासः|2781
फ\u{93C}रवरी|1511 1B41
फ\u{93C}र\u{970}|1521
फ\u{947}ब|A51
फ\u{947}ब\u{94D}र\u{941}|2201
फ\u{947}ब\u{94D}र\u{941}अरी|2381
फ\u{947}ब\u{94D}र\u{941}वारी|1AF1 21F1
फ\u{947}ब\u{94D}र\u{942}वारी|A31
बटवार|1B36
बिर\u{947}स\u{94D}तार|1AE4
बिस\u{94D}थि|A64
बिस\u{94D}थिबार|A44
बिहि|23A4
बिहिबार|2394
बीर|DF4
बीरबार|DC4
ब\u{941}ध|A63 DF3 1533 2213 23A3
ब\u{941}ध दिन|1F43
ब\u{941}धबार|913 A43 DC3 2393
ब\u{941}धवार|8F3 1503 1AE3 21E3
ब\u{941}धवासरः|2773
ब\u{941}वार|1B32
ब\u{941}\u{952}ध|2933
ब\u{941}\u{952}धर|2903
ब\u{943}हस\u{94D}पतवार|8F4
ब\u{943}हस\u{94D}पति दिन|1F44
ब\u{943}हस\u{94D}पतिबार|914
बोदवार|1B33
ब\u{94D}र\u{947}सवार|1B34
म\u{902}ग|2932
म\u{902}गल|A62 DF2 1532
म\u{902}गल दिन|1F42
म\u{902}गलबार|912 A42 DC2
म\u{902}गलवार|8F2 1502
म\u{902}गलवासरः|2772
म\u{902}गल\u{941}|2902
म\u{902}गळ|2212
म\u{902}गळवार|21E2
म\u{902}गळार|1AE2
मई|8E4 904 1514 1524 1F54 2794 2914 2924
मईमासः|2784
मङ\u{94D}गल|23A2
मङ\u{94D}गलबार|2392
मार\u{94D}च|8E2 902 A32 A52 DD2 DE2 1512 1522 1AF2 1B42 1F52 21F2 2202 2382 2922
मार\u{94D}च:|2792
मार\u{94D}चमासः|2782
मार\u{94D}च\u{941}|2912
म\u{947}|A34 A54 1AF4 1B44 21F4 2204 2384
म\u{947}ई|DD4 DE4
रबि|A60
रबिबार|A40
रबीबार|910
रवि|1530 2210
रवि दिन|1F40
रविवार|1500 21E0
रविवासरः|2770
विस|2934
विस\u{94D}पत|2904
शनि|DF6 1536 2216 23A6
शनि दिन|1F46
शनिबार|DC6 2396
शनिवार|8F6 1506 21E6
शनिवासरः|2776
श\u{941}क\u{94D}र|DF5 1535 2215 23A5
श\u{941}क\u{94D}र दिन|1F45
श\u{941}क\u{94D}रबार|915 DC5 2395
श\u{941}क\u{94D}रवार|8F5 1505 21E5
श\u{941}क\u{94D}रवासरः|2775
श\u{941}क\u{94D}रार|1AE5
श\u{947}नवार|1AE6
सत\u{941}\u{902}बर|1B48
सनि|A66
सनिबार|A46
सनीचर|916
सप\u{94D}ट\u{947}|2928
सप\u{94D}ट\u{947}\u{902}|2208
सप\u{94D}ट\u{947}\u{902}बर|1AF8 21F8 2918
सम|A61
समबार|A41
सित.|DE8
सित\u{902}बर|DD8 1518 1F58
सित\u{902}बर:|2798
सित\u{902}बरमासः|2788
सितम\u{94D}बर|8E8 908
सित\u{970}|1528
स\u{941}ख\u{941}र|A65
स\u{941}ख\u{941}रबार|A45
स\u{942}|2931
स\u{942}मर|2901
स\u{947}प|A58
स\u{947}प\u{94D}ट\u{947}म\u{94D}बर|2388
स\u{947}प\u{94D}थ\u{947}म\u{94D}बर|A38
सोम|DF1 1531 2211 23A1
सोम दिन|1F41
सोमबार|911 DC1 2391
सोमवार|8F1 1501 21E1
सोमवासरः|2771
सोमार|1AE1
অক\u{9CD}টো|6B9 989
অক\u{9CD}টোঃ|9A9
অক\u{9CD}টোবর|979
অক\u{9CD}টোবৰ|6A9
আগ|6B7 987 9A7
আগষ\u{9CD}ট|6A7
আগস\u{9CD}ট|977 21C7
ইরাই|21D5
এপ\u{9CD}রি|983 9A3
এপ\u{9CD}রিল|973 21C3
এপ\u{9CD}ৰিল|6A3 6B3
ওক\u{9CD}টোবর|21C9
ছেপ\u{9CD}তে|6B8
ছেপ\u{9CD}তেম\u{9CD}বৰ|6A8
জান\u{9C1}|6B0 980 9A0
জান\u{9C1}য\u{9BC}ারী|970
জান\u{9C1}ৱারি|21C0
জান\u{9C1}ৱাৰী|6A0
জ\u{9C1}ন|6A5 6B5 975 985 9A5 21C5
জ\u{9C1}ল|986 9A6
জ\u{9C1}লাই|6A6 6B6 976 21C6
ডিচে|6BB
ডিচেম\u{9CD}বৰ|6AB
ডিসে|98B
ডিসেঃ|9AB
ডিসেম\u{9CD}বর|97B 21CB
থাংজ|21D6
দেও|6C0
দেওবাৰ|690
নভে|98A
নভেঃ|9AA
নভেম\u{9CD}বর|97A 21CA
নিংথৌকাবা|21D1
নোংমাইজিং|21D0
নৱে|6BA
নৱেম\u{9CD}বৰ|6AA
ফেব|981 9A1
ফেব\u{9CD}র\u{9C1}য\u{9BC}ারী|971
ফেব\u{9CD}র\u{9C1}ৱারি|21C1
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
মার\u{9CD}চ|972 982 9A2 21C2
মাৰ\u{9CD}চ|6A2 6B2
মে|974 984 9A4 21C4
মে\u{2019}|6A4 6B4
য\u{9BC}\u{9C1}মশকৈশা|21D3
রবি|990
রবিবার|960
লৈবাকপোকপা|21D2
শগোলশেন|21D4
শনি|6C6 996
শনিবার|966
শনিবাৰ|696
শ\u{9C1}ক\u{9CD}র|995
শ\u{9C1}ক\u{9CD}রবার|965
শ\u{9C1}ক\u{9CD}ৰ|6C5
শ\u{9C1}ক\u{9CD}ৰবাৰ|695
সেপ|988
সেপ\u{9CD}টেঃ|9A8
সেপ\u{9CD}টেম\u{9CD}বর|978 21C8
সোম|6C1 991
সোমবার|961
সোমবাৰ|691
ਅਕਤ\u{A42}|2559
ਅਕਤ\u{A42}ਬਰ|2549
ਅਗ|2557
ਅਗਸਤ|2547
ਅਪ\u{A4D}ਰ\u{A48}|2553
ਅਪ\u{A4D}ਰ\u{A48}ਲ|2543
ਐਤ|2560
ਐਤਵਾਰ|2530
ਜਨ|2550
ਜਨਵਰੀ|2540
ਜ\u{A41}ਲਾ|2556
ਜ\u{A41}ਲਾਈ|2546
ਜ\u{A42}ਨ|2545 2555
ਦਸ\u{A70}|255B
ਦਸ\u{A70}ਬਰ|254B
ਨਵ\u{A70}|255A
ਨਵ\u{A70}ਬਰ|254A
ਫ\u{A3C}ਰ|2551
ਫ\u{A3C}ਰਵਰੀ|2541
ਬ\u{A41}\u{A71}ਧ|2563
ਬ\u{A41}\u{A71}ਧਵਾਰ|2533
ਮਈ|2544 2554
ਮਾਰਚ|2542 2552
ਮ\u{A70}ਗਲ|2562
ਮ\u{A70}ਗਲਵਾਰ|2532
ਵੀਰ|2564
ਵੀਰਵਾਰ|2534
ਸਤ\u{A70}|2558
ਸਤ\u{A70}ਬਰ|2548
ਸ\u{A3C}ਨਿ\u{A71}ਚਰ|2566
ਸ\u{A3C}ਨਿ\u{A71}ਚਰਵਾਰ|2536
ਸ\u{A3C}\u{A41}\u{A71}ਕਰ|2565
ਸ\u{A3C}\u{A41}\u{A71}ਕਰਵਾਰ|2535
ਸ\u{A4B}ਮ|2561
ਸ\u{A4B}ਮਵਾਰ|2531
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
ଅକ\u{B4D}ଟୋବର|24D9
ଅଗଷ\u{B4D}ଟ|24D7
ଅପ\u{B4D}ରେଲ|24D3
ଗ\u{B41}ର\u{B41}|24E4
ଗ\u{B41}ର\u{B41}ବାର|24C4
ଜାନ\u{B41}ଆରୀ|24D0
ଜ\u{B41}ନ|24D5
ଜ\u{B41}ଲାଇ|24D6
ଡ\u{B3F}ସେମ\u{B4D}ବର|24DB
ନଭେମ\u{B4D}ବର|24DA
ଫେବ\u{B43}ଆରୀ|24D1
ବ\u{B41}ଧ|24E3
ବ\u{B41}ଧବାର|24C3
ମଇ|24D4
ମଙ\u{B4D}ଗଳ|24E2
ମଙ\u{B4D}ଗଳବାର|24C2
ମାର\u{B4D}ଚ\u{B4D}ଚ|24D2
ରବ\u{B3F}|24E0
ରବ\u{B3F}ବାର|24C0
ଶନ\u{B3F}|24E6
ଶନ\u{B3F}ବାର|24C6
ଶ\u{B41}କ\u{B4D}ର|24E5
ଶ\u{B41}କ\u{B4D}ରବାର|24C5
ସେପ\u{B4D}ଟେମ\u{B4D}ବର|24D8
ସୋମ|24E1
ସୋମବାର|24C1
அக\u{BCD}.|2D99
அக\u{BCD}டோபர\u{BCD}|2D89
ஆக.|2D97
ஆகஸ\u{BCD}ட\u{BCD}|2D87
ஏப\u{BCD}.|2D93
ஏப\u{BCD}ரல\u{BCD}|2D83
சனி|2D76 2DA6
செப\u{BCD}.|2D98
செப\u{BCD}டம\u{BCD}பர\u{BCD}|2D88
செவ\u{BCD}.|2DA2
செவ\u{BCD}வாய\u{BCD}|2D72
ஜன.|2D90
ஜனவரி|2D80
ஜூன\u{BCD}|2D85 2D95
ஜூலை|2D86 2D96
ஞாயி.|2DA0
ஞாயிறு|2D70
டிச.|2D9B
டிசம\u{BCD}பர\u{BCD}|2D8B
திங\u{BCD}.|2DA1
திங\u{BCD}கள\u{BCD}|2D71
நவ.|2D9A
நவம\u{BCD}பர\u{BCD}|2D8A
பிப\u{BCD}.|2D91
பிப\u{BCD}ரவரி|2D81
புத.|2DA3
புதன\u{BCD}|2D73
மார\u{BCD}.|2D92
மார\u{BCD}ச\u{BCD}|2D82
மே|2D84 2D94
வியா.|2DA4
வியாழன\u{BCD}|2D74
வெள\u{BCD}.|2DA5
வெள\u{BCD}ளி|2D75
అక\u{C4D}ట\u{C4B}|2DD9
అక\u{C4D}ట\u{C4B}బర\u{C4D}|2DB9
ఆగ|2DD7
ఆగస\u{C4D}టు|2DB7
ఆద\u{C3F}|2DE0
ఆద\u{C3F}వ\u{C3E}రం|2DC0
ఏప\u{C4D}ర\u{C3F}|2DD3
ఏప\u{C4D}ర\u{C3F}ల\u{C4D}|2DB3
గురు|2DE4
గురువ\u{C3E}రం|2DC4
జన|2DD0
జనవర\u{C3F}|2DB0
జుల\u{C48}|2DB6 2DD6
జూన\u{C4D}|2DB5 2DD5
డ\u{C3F}స\u{C46}ం|2DDB
డ\u{C3F}స\u{C46}ంబర\u{C4D}|2DBB
నవం|2DDA
నవంబర\u{C4D}|2DBA
ఫ\u{C3F}బ\u{C4D}ర|2DD1
ఫ\u{C3F}బ\u{C4D}రవర\u{C3F}|2DB1
బుధ|2DE3
బుధవ\u{C3E}రం|2DC3
మంగళ|2DE2
మంగళవ\u{C3E}రం|2DC2
మ\u{C3E}ర\u{C4D}చ\u{C3F}|2DB2 2DD2
మ\u{C47}|2DB4 2DD4
శన\u{C3F}|2DE6
శన\u{C3F}వ\u{C3E}రం|2DC6
శుక\u{C4D}ర|2DE5
శుక\u{C4D}రవ\u{C3E}రం|2DC5
స\u{C46}ప\u{C4D}ట\u{C46}ం|2DD8
స\u{C46}ప\u{C4D}ట\u{C46}ంబర\u{C4D}|2DB8
స\u{C4B}మ|2DE1
స\u{C4B}మవ\u{C3E}రం|2DC1
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
ഏപ\u{D4D}രി|2163
ഏപ\u{D4D}രിൽ|2143
ഒക\u{D4D}ടോ|2169
ഒക\u{D4D}\u{200C}ടോബർ|2149
ഓഗ|2167
ഓഗസ\u{D4D}റ\u{D4D}റ\u{D4D}|2147
ചൊവ\u{D4D}വ|2172
ചൊവ\u{D4D}വാഴ\u{D4D}ച|2152
ജന\u{D41}|2160
ജന\u{D41}വരി|2140
ജ\u{D42}ലൈ|2146 2166
ജ\u{D42}ൺ|2145 2165
ഞായറാഴ\u{D4D}\u{200C}ച|2150
ഞായർ|2170
ഡിസം|216B
ഡിസംബർ|214B
തിങ\u{D4D}കളാഴ\u{D4D}\u{200C}ച|2151
തിങ\u{D4D}കൾ|2171
നവം|216A
നവംബർ|214A
ഫെബ\u{D4D}ര\u{D41}|2161
ഫെബ\u{D4D}ര\u{D41}വരി|2141
ബ\u{D41}ധനാഴ\u{D4D}\u{200C}ച|2153
ബ\u{D41}ധൻ|2173
മാർ|2162
മാർച\u{D4D}ച\u{D4D}|2142
മേയ\u{D4D}|2144 2164
വെള\u{D4D}ളി|2175
വെള\u{D4D}ളിയാഴ\u{D4D}\u{200C}ച|2155
വ\u{D4D}യാഴം|2174
വ\u{D4D}യാഴാഴ\u{D4D}\u{200C}ച|2154
ശനി|2176
ശനിയാഴ\u{D4D}\u{200C}ച|2156
സെപ\u{D4D}റ\u{D4D}റം|2168
സെപ\u{D4D}റ\u{D4D}റംബർ|2148
අගෝ|2AE7
අගෝස\u{DCA}ත\u{DD4}|2AC7
අඟහ|2AF2
අඟහර\u{DD4}වාදා|2AD2
අප\u{DCA}\u{200D}රේල\u{DCA}|2AC3 2AE3
ඉර\u{DD2}දා|2AD0 2AF0
ඔක\u{DCA}|2AE9
ඔක\u{DCA}තෝබර\u{DCA}|2AC9
ජන|2AE0
ජනවාර\u{DD2}|2AC0
ජ\u{DD6}න\u{DD2}|2AC5 2AE5
ජ\u{DD6}ල\u{DD2}|2AC6 2AE6
දෙසැ|2AEB
දෙසැම\u{DCA}බර\u{DCA}|2ACB
නොවැ|2AEA
නොවැම\u{DCA}බර\u{DCA}|2ACA
පෙබ|2AE1
පෙබරවාර\u{DD2}|2AC1
බදාදා|2AD3 2AF3
බ\u{DCA}\u{200D}රහස\u{DCA}|2AF4
බ\u{DCA}\u{200D}රහස\u{DCA}පත\u{DD2}න\u{DCA}දා|2AD4
මාර\u{DCA}ත\u{DD4}|2AC2 2AE2
මැය\u{DD2}|2AC4 2AE4
සඳ\u{DD4}දා|2AD1 2AF1
සැප\u{DCA}|2AE8
සැප\u{DCA}තැම\u{DCA}බර\u{DCA}|2AC8
ස\u{DD2}ක\u{DD4}|2AF5
ස\u{DD2}ක\u{DD4}රාදා|2AD5
සෙන|2AF6
සෙනස\u{DD4}රාදා|2AD6
ก.ค.|2E96
ก.พ.|2E91
ก.ย.|2E98
กรกฎาคม|2E86
ก\u{E31}นยายน|2E88
ก\u{E38}มภาพ\u{E31}นธ\u{E4C}|2E81
จ.|2EA1
ต.ค.|2E99
ต\u{E38}ลาคม|2E89
ธ.ค.|2E9B
ธ\u{E31}นวาคม|2E8B
พ.|2EA3
พ.ค.|2E94
พ.ย.|2E9A
พฤ.|2EA4
พฤศจ\u{E34}กายน|2E8A
พฤษภาคม|2E84
ม.ค.|2E90
มกราคม|2E80
ม\u{E34}.ย.|2E95
ม\u{E34}ถ\u{E38}นายน|2E85
ม\u{E35}.ค.|2E92
ม\u{E35}นาคม|2E82
ว\u{E31}นจ\u{E31}นทร\u{E4C}|2E71
ว\u{E31}นพฤห\u{E31}สบด\u{E35}|2E74
ว\u{E31}นพ\u{E38}ธ|2E73
ว\u{E31}นศ\u{E38}กร\u{E4C}|2E75
ว\u{E31}นอ\u{E31}งคาร|2E72
ว\u{E31}นอาท\u{E34}ตย\u{E4C}|2E70
ว\u{E31}นเสาร\u{E4C}|2E76
ศ.|2EA5
ส.|2EA6
ส.ค.|2E97
ส\u{E34}งหาคม|2E87
อ.|2EA2
อา.|2EA0
เม.ย.|2E93
เมษายน|2E83
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
ကြာသပတေး|22F4
စက\u{103A}|2308
စက\u{103A}တင\u{103A}ဘာ|22E8
စနေ|22F6
ဇန\u{103A}|2300
ဇန\u{103A}နဝါရ\u{102E}|22E0
ဇ\u{1030}|2306
ဇ\u{1030}လ\u{102D}\u{102F}င\u{103A}|22E6
ဇ\u{103D}န\u{103A}|22E5 2305
တနင\u{103A}\u{1039}ဂန\u{103D}ေ|22F0
တနင\u{103A}\u{1039}လာ|22F1
ဒ\u{102E}|230B
ဒ\u{102E}ဇင\u{103A}ဘာ|22EB
န\u{102D}\u{102F}|230A
န\u{102D}\u{102F}ဝင\u{103A}ဘာ|22EA
ဖေ|2301
ဖေဖော\u{103A}ဝါရ\u{102E}|22E1
ဗ\u{102F}ဒ\u{1039}ဓဟ\u{1030}း|22F3
မတ\u{103A}|22E2 2302
မေ|22E4 2304
သောကြာ|22F5
အင\u{103A}\u{1039}ဂါ|22F2
အောက\u{103A}|2309
အောက\u{103A}တ\u{102D}\u{102F}ဘာ|22E9
ဧ|2303
ဧပြ\u{102E}|22E3
ဩ|2307
ဩဂ\u{102F}တ\u{103A}|22E7
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
ለካ|2ED1
ለካቲት|2EC1
ሐሙስ|5F4 614
ሓሙ|2EE4
ሓሙስ|2EB4
ሓም|2ED6
ሓምለ|2EC6
ሕዳ|2EDA
ሕዳር|2ECA
መስ|2ED8
መስከረም|2EC8
መጋ|2ED2
መጋቢት|2EC2
ሚያ|2ED3
ሚያዝያ|2EC3
ማርች|5E2 602
ማክሰ|612
ማክሰኞ|5F2
ሜይ|5E4 604
ረቡ|2EE3
ረቡዕ|5F3 613 2EB3
ሰሉ|2EE2
ሰሉስ|2EB2
ሰነ|2EC5 2ED5
ሰኑ|2EE1
ሰኑይ|2EB1
ሰን|2EE0
ሰንበት|2EB0
ሰኞ|5F1 611
ሴፕቴ|608
ሴፕቴምበር|5E8
ቀዳ|2EE6
ቀዳም|2EB6
ቅዳሜ|5F6 616
ታሕ|2EDB
ታሕሳስ|2ECB
ነሓ|2ED7
ነሓሰ|2EC7
ኖቬም|60A
ኖቬምበር|5EA
ኤፕሪ|603
ኤፕሪል|5E3
እሑድ|5F0 610
ኦክቶ|609
ኦክቶበር|5E9
ኦገስ|607
ኦገስት|5E7
ዓር|2EE5
ዓርቢ|2EB5
ዓርብ|5F5 615
ዲሴም|60B
ዲሴምበር|5EB
ጁላይ|5E6 606
ጁን|5E5 605
ጃንዩ|600
ጃንዩወሪ|5E0
ግን|2ED4
ግንቦት|2EC4
ጥሪ|2EC0 2ED0
ጥቅ|2ED9
ጥቅምቲ|2EC9
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
ᱚᱛ|2851
ᱚᱛᱮ|2821
ᱚᱠᱴ|2849
ᱚᱠᱴᱚᱵᱟᱨ|2839
ᱟᱜᱟ|2847
ᱟᱜᱟᱥᱛ|2837
ᱟᱯᱨ|2843
ᱟᱯᱨᱮᱞ|2833
ᱡᱟᱱ|2840
ᱡᱟᱱᱣᱟᱨᱤ|2830
ᱡᱟᱹ|2855
ᱡᱟᱹᱨᱩᱢ|2825
ᱡᱩᱞ|2846
ᱡᱩᱞᱟᱭ|2836
ᱡᱩᱱ|2835 2845
ᱢᱟᱨ|2842
ᱢᱟᱨᱪ|2832
ᱢᱮ|2834 2844
ᱥᱟᱹ|2853
ᱥᱟᱹᱜᱩᱱ|2823
ᱥᱟᱹᱨ|2854
ᱥᱟᱹᱨᱫᱤ|2824
ᱥᱤᱸ|2850
ᱥᱤᱸᱜᱮ|2820
ᱥᱮᱯ|2848
ᱥᱮᱯᱴᱮᱢᱵᱟᱨ|2838
ᱧᱩ|2856
ᱧᱩᱦᱩᱢ|2826
ᱫᱤᱥ|284B
ᱫᱤᱥᱟᱢᱵᱟᱨ|283B
ᱯᱷᱟ|2841
ᱯᱷᱟᱨᱣᱟᱨᱤ|2831
ᱱᱟᱣ|284A
ᱱᱟᱣᱟᱢᱵᱟᱨ|283A
ᱵᱟ|2852
ᱵᱟᱞᱮ|2822
Ṣẹ\u{301}r|3250
Ẹrẹ\u{300}n|3252
Ẹt|3265
Ẹ\u{300}bi|3254
Ọgọ|16A7 25B7
Ọgọst|25A7
Ọgọọst|1697
Ọjọ\u{301} Ajé|3241
Ọjọ\u{301} Àbámẹ\u{301}ta|3246
Ọjọ\u{301} Àìkú|3240
Ọjọ\u{301} Ìsẹ\u{301}gun|3242
Ọjọ\u{301} Ẹtì|3245
Ọjọ\u{301}b|3264
Ọjọ\u{301}bọ|3244
Ọjọ\u{301}r|3263
Ọjọ\u{301}rú|3243
Ọkt|16A9 25B9
Ọktoba|1699
Ọktóba|25A9
Ọ\u{300}pẹ|325B
Ọ\u{300}wà|3259
ⴰⴽⵕ|2A73
ⴰⴽⵕⴰⵙ|2A43 3303
ⴰⴽⵡ|2A74
ⴰⴽⵡⴰⵙ|2A44 3304
ⴰⵙⴰ|2A70
ⴰⵙⴰⵎⴰⵙ|2A40 3300
ⴰⵙⵉ|2A72
ⴰⵙⵉⴹ|2A76
ⴰⵙⵉⴹⵢⴰⵙ|2A46 3306
ⴰⵙⵉⵎ|2A75
ⴰⵙⵉⵎⵡⴰⵙ|3305
ⴰⵙⵉⵏⴰⵙ|2A42 3302
ⴰⵢⵏ|2A71
ⴰⵢⵏⴰⵙ|2A41 3301
ⴱⵕⴰ|2A61
ⴱⵕⴰⵢⵕ|2A51
ⴷⵓⵊ|2A6B
ⴷⵓⵊⴰⵏⴱⵉⵔ|2A5B
ⴽⵜⵓ|2A69
ⴽⵜⵓⴱⵔ|2A59
ⵉⴱⵔ|2A63
ⵉⴱⵔⵉⵔ|2A53
ⵉⵏⵏ|2A60
ⵉⵏⵏⴰⵢⵔ|2A50
ⵎⴰⵕ|2A62
ⵎⴰⵕⵚ|2A52
ⵎⴰⵢ|2A64
ⵎⴰⵢⵢⵓ|2A54
ⵏⵓⵡ|2A6A
ⵏⵓⵡⴰⵏⴱⵉⵔ|2A5A
ⵖⵓⵛ|2A67
ⵖⵓⵛⵜ|2A57
ⵙⵉⵎⵡⴰⵙ|2A45
ⵛⵓⵜ|2A68
ⵛⵓⵜⴰⵏⴱⵉⵔ|2A58
ⵢⵓⵍ|2A66
ⵢⵓⵍⵢⵓⵣ|2A56
ⵢⵓⵏ|2A65
ⵢⵓⵏⵢⵓ|2A55
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
ꔞꘋ|30DA
ꔞꘋꕔꕿ ꕸꖃꗏ|30CA
ꔻꔬꔳ|30B6
ꕉꔤꕀꕮ|30B5
ꕉꔤꕆꕢ|30B4
ꕉꕞꕒ|30B3
ꕒꕡ|30D1
ꕒꕡꖝꖕ|30C1
ꕚꕞꕚ|30B2
ꕞꕌꔵ|30B0
ꕢꕌ|30C8 30D8
ꕭꖃ|30C9 30D9
ꕾꖺ|30C2 30D2
ꖑꕱ|30C4 30D4
ꖢꖕ|30C3 30D3
ꖨꖕ ꕪꕴ ꔞꔀꕮꕊ|30C0
ꖨꖕ ꕪꕴ ꗏꖺꕮꕊ|30CB
ꖨꖕꔞ|30D0
ꖨꖕꗏ|30DB
ꖱꕞ|30D6
ꖱꕞꔤ|30C6
ꖱꘋ|30C5 30D5
ꗛꔕ|30C7 30D7
ꗳꗡꘉ|30B1
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
21 21 23 23 25 25 27 27 27 27 28 28 29 29 2A 2A 2B 2B 2B 2E 2E 30 30 31 31 31 32 32 32 33 33 33
34 34 34 37 37 37 37 38 38 38 38 38 39 39 39 39 3A 3A 3B 3B 3C 3C 3C 3D 3D 3E 3E 3F 3F 3F 40 40
40 41 41 42 43 43 45 45 46 46 46 46 46 46 46 46 46 46 46 46 48 48 48 49 49 49 49 4A 4A 4A 4A 4A
4A 4A 4A 4A 4A 4A 4A 4C 4D 4D 4E 4E 4F 4F 50 50 50 51 51 52 52 53 53 53 53 53 53 53 53 53 54 54
54 54 54 54 55 55 55 56 56 56 56 56 56 56 56 57 57 58 58 58 58 58 5A 5A 5B 5B 5B 5C 5C 5C 5D 5D
5D 5E 5E 5E 5F 5F 60 60 61 61 62 62 63 63 63 64 64 64 65 65 65 65 65 65 67 67 68 68 68 68 68 69
69 69 69 69 6A 6A 6B 6D 6D 6E 6E 6E 6F 6F 6F 6F 70 70 70 70 71 71 71 71 71 71 71 71 71 71 71 71
72 72 72 73 73 73 74 74 74 75 75 76 76 76 76 78 78 79 79 7A 7A 7A 7A 7A 7A 7A 7B 7B 7C 7C 7D 7D
7D 7E 7E 7F 7F 7F 80 80 80 80 81 81 81 82 82 82 83 83 83 84 84 84 85 85 85 86 86 86 87 87 87 88
88 88 88 89 89 89 89 8A 8A 8A 8A 8A 8A 8A 8A 8A 8A 8A 8A 8A 8A 8A 8A 8A 8A 8A 8A 8A 8A 8A 8B 8B
8B 8B 8B 8B 8B 8B 8B 8B 8B 8B 8C 8C 8C 8C 8C 8C 8C 8C 8C 8C 8D 8D 8D 8D 8D 8D 8D 8D 8D 8D 8D 8E
8E 8E 8E 8E 8E 8E 8F 8F 90 90 90 90 91 91 91 91 91 91 91 91 91 92 92 92 92 92 92 93 93 94 94 95
95 95 95 95 95 95 95 95 95 95 96 96 96 96 96 97 97 97 97 97 97 97 97 97 98 98 98 98 98 98 98 98
9A 9A 9A 9A 9A 9A 9A 9C 9C 9C 9C 9C 9D 9D 9D 9D 9D 9D 9E 9E 9E 9E 9E 9F 9F 9F A0 A0 A1 A1 A2 A2
A3 A3 A4 A4 A4 A5 A5 A5 A5 A5 A5 A5 A5 A5 A6 A6 A6 A8 A8 A8 A9 A9 AA AA AA AA AA AA AA AA AA AB
AB AB AB AB AB AB AB AB AC AC AC AC AC AC AD AD AD AE AE AE AE AE AE AE AE AE AE AE AE AF AF AF
AF AF AF AF AF B0 B0 B0 B0 B0 B0 B0 B0 B0 B0 B0 B0 B0 B0 B1 B1 B2 B2 B2 B3 B3 B3 B4 B4 B4 B5 B5
B5 B5 B5 B6 B6 B7 B7 B8 B8 B9 B9 BA BA BA BA BA BA BA BA BA BB BB BB BB BB BB BB BB BB BC BC BC
BC BC BC BD BD BD BD BD BD BE BE BE BF BF BF BF C0 C0 C0 C0 C1 C1 C1 C1 C2 C2 C2 C2 C2 C3 C3 C3
C3 C4 C4 C4 C4 C4 C4 C4 C4 C5 C5 C5 C5 C5 C5 C5 C5 C5 C5 C6 C6 C6 C6 C6 C6 C6 C6 C6 C6 C6 C6 C6
C6 C6 C6 C6 C6 C7 C7 C7 C7 C7 C7 C7 C8 C8 C8 C8 C9 C9 C9 CA CA CA CA CA CA CA CA CB CB CB CC CC
CC CC CC CC CC CD CD CD CD CD CD CD CE CE CE CE D0 D0 D0 D0 D0 D0 D0 D0 D0 D0 D1 D1 D2 D2 D2 D2
D3 D3 D3 D3 D3 D3 D3 D4 D4 D4 D4 D4 D5 D5 D5 D6 D6 D6 D7 D7 D7 D7 D7 D8 D8 D8 D8 D8 D8 D8 D9 D9
D9 D9 D9 D9 D9 D9 D9 D9 D9 DA DA DA DA DA DA DA DA DA DA DA DA DA DA DB DB DB DB DB DB DB DB DB
DC DC DC DC DC DC DC DD DD DD DD DD DD DE DE DE DE DE DE DE DE DE DF DF DF DF DF DF DF DF DF DF
DF DF E0 E0 E0 E0 E0 E0 E0 E0 E0 E0 E0 E0 E0 E0 E0 E0 E0 E0 E0 E0 E0 E0 E0 E0 E0 E0 E0 E0 E1 E1
E1 E1 E1 E1 E1 E2 E2 E2 E3 E3 E3 E4 E4 E4 E4 E4 E5 E5 E5 E5 E5 E5 E5 E5 E5 E5 E5 E5 E5 E5 E5 E6
E6 E6 E6 E6 E7 E7 E7 E8 E8 E8 E8 E8 E8 E8 E9 E9 E9 E9 E9 E9 E9 E9 EA EA EA EA EB EB EB EB EB EB
EB EB EB EB EB EC EC EC EC EC EC ED ED ED EE EE EE EE EE EE EF EF EF EF EF F0 F0 F0 F0 F1 F1 F1
F1 F1 F1 F1 F2 F2 F2 F2 F2 F2 F2 F2 F2 F2 F2 F2 F3 F3 F3 F3 F4 F4 F4 F4 F4 F4 F4 F4 F5 F5 F5 F6
F6 F6 F6 F6 F6 F6 F6 F6 F6 F6 F6 F6 F7 F7 F7 F7 F8 F8 F8 F8 F9 F9 F9 F9 F9 F9 F9 F9 F9 F9 F9 F9
FA FA FA FA FA FA FA FA FA FA FA FA FA FA FB FB FB FB FB FB FC FC FC FD FD FD FD FE FE FE FF FF
FF FF FF FF 100 100 100 100 100 100 101 101 101 102 102 102 103 103 103 103 103 103 103
digitLows
4 1 2 2 1 2 1 2 1 2 1 2 1 2 1 1 2 1 1 2 1 2 1 1 1 1 2 4 2 1 2 4
2 4 2 1 2 4 2 2 4 1 4 2 1 4 2 1 4 4 4 4 2 1 4 4 4 4 2 4 4 2 2 1
4 4 4 1 2 4 1 2 1 1 1 2 1 4 1 4 4 2 4 4 4 4 2 4 2 1 4 4 4 4 4 1
4 1 4 4 4 2 1 2 1 4 1 1 4 4 4 4 4 4 4 4 2 2 2 1 1 1 1 1 4 1 4 1
4 2 4 1 4 1 4 4 4 4 1 4 1 1 2 4 4 4 4 1 4 4 4 4 2 1 2 1 1 4 4 4
2 2 4 4 4 4 2 1 2 4 4 4 4 4 1 1 1 1 4 4 1 4 1 4 2 4 4 4 4 4 4 4
4 4 4 1 2 1 1 4 4 4 4 4 4 4 1 2 4 4 4 1 4 4 4 1 1 1 1 1 1 1 1 1
4 4 4 4 1 1 1 4 1 4 4 4 1 4 1 1 4 1 4 4 4 4 1 4 4 1 4 4 4 4 4 4
4 4 4
digitHighs
4 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 4 2 2 2 4
2 4 2 2 2 4 2 2 4 2 4 2 2 4 2 2 4 4 4 4 2 2 4 4 4 4 2 4 4 2 2 2
4 4 4 2 2 4 2 2 2 2 2 2 2 4 2 4 4 2 4 4 4 4 2 4 2 2 4 4 4 4 4 2
4 2 4 4 4 2 2 2 2 4 2 2 4 4 4 4 4 4 4 4 2 2 2 2 2 2 2 2 4 2 4 2
4 2 4 2 4 2 4 4 4 4 2 4 2 2 2 4 4 4 4 2 4 4 4 4 2 2 2 2 2 4 4 4
2 2 4 4 4 4 2 2 2 4 4 4 4 4 2 2 2 2 4 4 2 4 2 4 2 4 4 4 4 4 4 4
4 4 4 2 2 2 2 4 4 4 4 4 4 4 2 2 4 4 4 2 4 4 4 2 2 2 2 2 2 2 2 2
4 4 4 4 2 2 2 4 2 4 4 4 2 4 2 2 4 2 4 4 4 4 2 4 4 2 4 4 4 4 4 4
4 4 4
digitNexts
1 2D 35 3 6 5 8 A D C F 11 14 13 16 18 2A6 1B 1E 22 20 24 28 2B 2F 33 37 39 3E 3B ED 3D
40 42 47 44 DF 46 48 4A 4C 4E 50 58 5E 127 55 5B 57 5A 5D 60 63 68 F6 67 6C 70 44B 74 77 15D 7B 7E
81 2FD 84 86 E2 88 94 295 97 9B AF F0 3F9 AA 10D AE B1 B3 B5 BE 2CD C7 CF D1 D6 121 D8 DB DE E1 E4 E6
E8 EA EC EF F2 F8 1EA FA FF 104 10A 111 400 109 10C 110 114 120 123 126 129 12B 12F 134 426 133 13F 13C 13E 141 143 146
14A 14D 150 153 156 159 15C 15F 163 167 17E 18A 194 19F 29A 1A8 1AC 1B5 1BB 1BD 1BF 1CA 1CF 1D8 1E0 1E8 1E7 1E9 1EC 1F2 1F7 1FA
1FC 1FE 200 202 205 20E 211 212 214 216 21F 228 3F5 231 23D 245 253 255 258 25B 25E 263 265 267 269 26B 274 27D 283 289 28C 290
294 298 29D 2A1 2A9 2B3 2C5 2CC 2D0 2D3 2DB 2DE 2E5 2EC 2F0 2F6 2FA 2FC 300 307 30C 30F 312 317 31E 329 337 340 347 34D 356 362
37E 385 388 38B 390 39F 3B7 3A7 3AE 3B6 3BA 3C5 3CB 3CE 3D4 3D9 3DD 3E4 3F0 3F4 3FC 3FF 40C 410 414 420 42E 434 437 43B 43E 444
44A 44D 450
literalStarts
0 3 C D E E F 10 10 12 12 13 13 13 14 14 17 18 19 19 1A 1B 1B 1B 1C 1D 1E 1E 1F 20 20 21
21 22 25 26 26 27 27 28 28 29 2A 2A 2B 2C 37 37 38 38 39 39 3A 3A 3F 40 41 41 44 45 46 46 48 48
48 4A 4A 4A 4A 4B 4B 4E 4E 4E 4E 4F 4F 4F 4F 50 50 51 57 5B 5C 5C 5D 5D 5D 61 62 62 63 63 63 68
6A 6A 6B 6E 72 72 74 74 74 7B 7F 82 84 85 86 88 88 89 8D 92 93 95 98 98 98 98 99 99 99 9A 9A 9D
9E 9E 9E 9F 9F A0 A0 A1 A1 A1 A1 A1 A1 A2 A2 A2 A3 A3 A3 A3 A3 A4 A5 A5 A6 A6 A7 A7 A8 A9 AA AA
AB AB AB AC AC AD AD AE AE AF AF B0 B0 B2 B2 B3 B4 B4 B5 B5 B7 B7 B7 B9 BA BA BB BC BD BE BE BE
C0 C1 C1 C2 C3 C4 C5 C6 C6 C9 CA CA CD CE CE CF D0 D0 D2 D4 D5 D5 D5 D6 D6 D6 D7 D7 D8 D9 D9 D9
DA DA DA DB DB DB DB DC DC DC DC DD DD DD DE DE E0 E1 E1 E3 E3 E3 E3 E7 E7 E8 E8 E8 E9 EA EB EB
EC ED ED EE EE EE EF EF F1 F1 F1 F2 F2 F2 F3 F4 F4 F5 F6 F7 F7 F7 F8 F8 F9 F9 F9 F9 F9 FA FA FB
FB FD FE FE FE FF FF FF 101 101 102 102 102 102 103 103 103 10A 10C 10C 10E 10E 10F 10F 10F 110 110 111 111 112 112 112
114 114 115 115 115 116 116 11A 11A 11C 11C 11C 11D 11D 11E 11F 11F 11F 120 120 121 122 122 122 123 123 124 125 125 125 126 126
126 127 128 128 128 129 12A 12A 12A 12B 12B 12B 12C 12C 12C 12E 12F 12F 130 131 131 132 132 132 133 134 135 136 137 138 138 139
13A 13A 13A 13B 13C 13D 13E 13F 140 141 141 142 142 144 145 146 147 148 149 14A 14A 14A 14B 14C 14D 14E 14E 14F 150 151 152 152
152 152 152 152 152 152 152 153 153 154 154 155 155 156 156 156 156 157 157 158 159 159 159 15A 15A 15B 15C 15C 15C 15C 15D 15D
15D 15E 15E 15F 15F 160 160 161 161 162 162 162 163 163 164 164 165 166 167 168 169 16A 16B 16C 16C 16D 16D 16E 16F 170 171 172
172 172 173 174 175 176 177 177 177 177 177 178 178 178 179 17A 17B 17C 17C 17C 17D 17E 180 180 180 181 181 181 181 182 182 182
183 183 183 184 185 185 185 186 187 188 189 18A 18A 18B 18B 18B 18C 18C 18C 18C 18C 18D 18D 18D 18E 18F 18F 190 191 192 193 193
193 194 195 195 196 197 198 199 199 199 19B 19C 19C 19D 19E 19F 1A0 1A1 1A1 1A2 1A3 1A4 1A5 1A6 1A6 1A8 1A9 1AA 1AB 1AB 1AC 1AD
1AE 1AF 1B0 1B0 1B0 1B0 1B1 1B2 1B3 1B3 1B4 1B5 1B6 1B7 1B7 1B7 1B8 1B8 1B8 1B8 1B9 1B9 1B9 1BA 1BA 1BA 1BB 1BB 1BB 1BC 1BC 1BE
1BE 1BF 1C0 1C0 1C0 1C0 1C1 1C1 1C1 1C1 1C2 1C2 1C2 1C3 1C3 1C4 1C5 1C6 1C7 1C8 1C8 1C8 1C9 1C9 1CA 1CB 1CD 1CE 1CF 1CF 1CF 1D0
1D1 1D1 1D2 1D2 1D2 1D3 1D4 1D4 1D5 1D5 1D5 1D6 1D6 1D6 1D6 1D7 1D7 1D7 1D7 1D8 1D8 1D8 1D9 1DA 1DA 1DB 1DB 1DC 1DD 1DD 1DE 1DE
1DF 1DF 1E0 1E1 1E2 1E2 1E2 1E3 1E4 1E4 1E5 1E6 1E7 1E7 1E7 1E8 1E9 1E9 1EA 1EA 1EB 1EC 1EC 1EC 1ED 1EE 1EE 1F1 1F2 1F2 1F3 1F4
1F5 1F5 1F5 1F6 1F7 1F7 1F8 1F9 1FA 1FB 1FB 1FC 1FC 1FC 1FC 1FD 1FD 1FD 1FE 1FE 1FE 1FF 1FF 200 201 202 203 203 203 204 204 204
205 206 206 207 208 208 208 209 20A 20A 20B 20C 20C 20C 20D 20E 20E 20F 20F 210 211 211 211 212 212 212 212 212 212 212 212 215
215 215 216 216 216 217 218 218 219 21A 21A 21B 21B 21B 21C 21C 21C 21D 21D 21D 21E 220 221 221 222 222 223 224 224 224 224 225
225 226 227 227 227 228 229 229 22A 22A 22B 22C 22D 22E 22F 22F 22F 230 231 233 234 235 236 236 237 238 238 238 23A 23B 23C 23D
23D 23E 23F 23F 23F 23F 240 240 241 242 242 242 243 243 244 245 245 245 245 246 246 247 247 248 249 249 249 24A 24B 24C 24C 24D
24E 24F 24F 251 252 252 253 254 255 256 257 258 258 259 259 259 25A 25A 25A 25B 25B 25B 25C 25C 25C 25D 25E 25F 25F 261 261 261
262 263 264 264 266 266 266 267 267 267 268 268 268 269 269 26A 26A 26B 26C 26C 26C 26D 26D 26D 26E 26F 270 271 272 273 274 274
275 276 277 278 278 279 27A 27A 27A 27B 27C 27D 27E 27F 27F 280 281 282 283 283 284 285 285 285 286 287 287 287 288 289 289 28A
28A 28B 28C 28C 28D 28D 28E 28F 290 290 291 291 291 292 292 293 294 295 295 296 296 296 297 298 299 299 29A 29A 29B 29B 29B 29C
29D 29E 29E 29F 29F 2A0 2A1 2A2 2A3 2A4 2A5 2A6 2A6 2A6 2A7 2A8 2A8 2A8 2A9 2AA 2AA 2AA 2AA 2AB 2AB 2AB 2AC 2AD 2AD 2AE 2AF 2AF
2AF 2AF 2AF 2B0 2B0 2B0 2B1 2B1 2B1 2B2 2B3 2B4 2B4 2B5 2B5 2B6 2B6 2B6 2B6 2B7 2B7 2B7 2B7 2B7 2B8 2B9 2BA 2BA 2BA 2BB 2BC 2BD
2BD 2BE 2BE 2BF 2C0 2C0 2C0 2C1 2C1 2C2 2C3 2C3 2C3 2C4 2C4 2C4 2C5 2C5 2C5 2C6 2C6 2C6 2C7 2C7 2C7 2C8 2C9 2C9 2C9 2CA 2CA 2CA
2CB 2CC 2CC 2CD 2CD 2CD 2CE 2CF 2CF 2D0 2D0 2D0 2D1 2D1 2D1 2D2 2D2 2D2 2D2 2D3 2D3 2D3 2D3
literalValues
F66 6C 62F 2D 2F 2E 5E74 B144 20 28 2C 104A 436 2D 2C 2D 2C 60C 2F 2F 28 FF08 2C 20 2E 2E 2E 67 2E 20 2E 20
6708 65E5 28 20 FF0C 6708 65E5 20 C6D4 20 C77C 20 6708 C6D4 2E 2F 2D 20 200F 6CC 2C 6D 5D8 65E5 20 C77C 2E 2F 2D 20 200F 20
2E 2C 2E 20 20 2E 20 2E 2F 20 2F 2C 104A FF08 2D 2D 2C 20 2C 1363 60C 2E41 E17 64 6C 2C 62F 20 20 20 2F 2D
2E 64 20 20 2C 2F 2D 2E 6C 64 20 F66 64 69 20 2D 2E 2F 20 2C 20 2F 2E 2C 2D 6D 5D8 64 5D1 6E 74 20
2C 2E 64 2C 20 64 20 2C 20 64 5D1 6E 74 20 2C 2E41 2E 60C 64 20 2C 20 2E41 2C 2D 20 2C 20 2E 20 20 2C
2F 29 29 2E 20 2E 20 C77C 20 28 29 28 29 20 20 2E 20 2E 2E 2E 2E 2F 20 65 69 20 20 64 65 20 65 69
20 20 64 65 20 73 433 440 4AB 2E 433 440 4AB 2E 20 2E 20 2E 433 4AB 2E 2F 20 20 2D 2F 2F 2F 2D 2E 20 2E
2E 20 2E 2D 20 2F 2E 2D 65 6E 20 2E 20 20 20 20 2E 2E 2E 20 2E 2E 20 2E 2E FF09 20 20 2C 2F 20 2D
2F 2D 20 F63 569 436 6D 43E 441 435 20 F60 2C 28 20 20 20 20 2F 20 2F 20 20 200F 6CC 2F 20 60C 2F 200F 2F 2F
200F 2F 2F 200F 2F 2D 65 20 65 20 20 20 433 569 2E 433 2E 20 F72 F0B F5A F7A F66 F0B 2C 20 FA4 FB1 F72 F0B F63 F7C
F0B 20 F60 20 F72 F0B F5A F7A F66 F0B F7C F60 F72 F0B F5A F7A F66 F0B 20 2E 20 2E 20 6CC 20 20 6CC 20 2F 2E 2E 2E
20 20 20 20 2C FA4 FB1 F72 F0B F63 F7C F0B 20 20 F5A F7A F66 F0B F5A F7A F66 F0B 20 2D 6C 69 61 20 69 61 20 2C
20 2F 20 20 20 61 20 64 65 20 20 2D 2D 65 20 20 64 65 20 65 20 20 64 65 20 65 69 20 20 64 65 20
73 65 29 6B 6F 20 72 20 65 6E 20 28 61 29 2C 20 28 61 29 61 29 2C 20 20 2F 20 20 20 20 2D 2E41 20
2D 2E 20 20 64 61 6C 20 20 20 64 61 69 6C 20 68 20 20 68 20 20 20 20 20 2E 20 2E 2E 20 2E 20 2E
2C 20 2E 20 2E 2C 20 2E 20 20 2C 20 569 2E 569 430 435 2E 2E 2C 20 65 20 20 64 65 20 20 20 20 20 20
64 69 20 20 65 20 2C 20 65 20 2C 20 2E 20 20 2C 20 20 2D 60C 2C 20 E4 20 2E 20 20 20 20 2E 2C 20
20 2D 2C 20 2D 2C 20 2E 20 20 20 64 2E 2C 20 20 67 61 2E 64 61 20 2E 20 61 2E 64 61 20 2E 20 20
2E 20 20 2E 20 20 20 2C 20 43D 44B 20 44B 43D 20 2C 2E 20 20 433 430 440 430 433 20 20 20 20 61 2019 20 20
2C 61 2019 20 20 2C 20 20 20 20 104A 20 20 20 6C 79 25B 30C 2BC 20 20 6E 61 20 2C 20 79 25B 30C 2BC 20 20
6E 61 20 2C 20 2C 20 430 437 437 430 437 20 20 62F 20 20 20 20 62F 20 20 6C 73 20 20 20 44B 43B 20 20 20
43A 4AF 43D 44D 2C 20 75 20 75 20 20 2E 20 2E 20 20 20 E35 E48 20 20 20 20 43B 2C 20 43B 2C 20 20 2C 20
2D 60C 20 20 20 20 20 2C 20 20 5DF 20 20 5DF 20 20 20 20 FF09
literalNexts
182 3A8 3CC 2 9 10 1D 26 130 232 352 38C 313 4 174 7 3F6 42F B E 8E 11B 24F 17 12 36F 15 33B 19 1A 1C A2
1F 21 8B 119 454 23 25 27 29 2A 2C 91 2E 31 3A 43 4D 71 151 1B0 1CB 284 445 30 32 34 36 3F 49 6D 14B 93
38 16B 1AE 415 AB 3C F4 1A3 41 2F9 45 375 394 451 4B 4F 301 52 61 138 144 25C 408 FB 2C2 397 3C3 54 56 59 B2 213
268 217 5C 5F 82 E5 E9 105 1F3 229 62 1D0 304 3D5 64 78 CE D5 66 203 69 85 A6 1C6 206 27E 43F B6 28D 2DF 378 6B
D9 2D1 160 44E C8 220 6F 1FF 3C0 BF 291 2E6 37F 73 11E 259 2CE 435 164 CB 168 76 256 28A 7A 7D 7F 1ED 3FD 80 83 372
87 8D 90 95 96 98 9A 9C 9D 9E A0 A3 A5 A7 A9 1A0 AD 30D 1A1 B0 1A4 B4 2FB B7 2D4 B8 BA BB BC BD C0 275
C1 C3 C4 C5 C6 3F1 C9 115 1C0 CA CC 117 1C2 CD 1A5 D0 D2 1AF D3 1C4 D4 D7 DA 3BB DD E0 E3 E7 EB EE 16E 344
F1 171 351 F7 12C 1FB 330 F9 FC FD FE 100 101 103 106 108 310 10B 10E 10F 1A2 112 113 116 118 11D 11F 2BA 405 122 125 128
252 12A 12E 195 2AE 2ED 324 35A 3DE 41C 132 177 135 249 136 139 13B 13D 140 411 142 145 147 157 1B6 1BC 149 432 14C 14E 14F 152
154 155 158 15A 15B 15E 161 162 165 166 169 16C 16F 2BD 170 172 173 175 178 179 17A 17B 17C 17D 17F 180 183 184 185 186 187 188
189 18B 18D 1E1 18E 18F 190 191 192 193 196 197 198 199 19B 19C 19D 19E 1A7 1A9 1AB 1AD 1B1 1B3 1B4 1B7 1B9 1BA 1BE 1C1 1C3 1C5
1C7 1C9 1CC 1CE 402 1D1 1D2 1D3 1D4 1D5 1D6 1D7 1D9 1DB 1DC 1DD 1DE 1DF 1E2 1E3 1E4 1E5 1E6 1EB 1EE 1EF 1F0 1F1 1F4 1F5 1F6 1F8
1F9 1FD 201 2B7 204 207 208 209 20A 20B 20D 210 215 218 219 21B 21C 21D 21E 221 222 224 225 226 227 22A 26C 22B 22D 22E 22F 230
3ED 233 234 235 236 237 239 244 23A 23B 23C 23E 23F 240 241 242 246 247 248 24A 24B 24C 24D 250 254 257 25A 25D 25F 264 261 262
266 26A 26D 26F 270 271 272 273 276 278 279 27A 2DC 27B 27C 27F 280 282 285 286 288 28B 28F 293 296 297 299 29B 29C 29E 2A0 2A2
2A3 2A4 2A7 2A8 2AA 2AB 2AC 2AF 2B0 2B2 2B4 2B5 2B8 2B9 2BB 3BE 417 2BC 2BE 2BF 2C0 2C3 2C4 2C6 2C7 2C8 2C9 2CB 2CF 2D2 2D5 2D7
2D8 2D9 2DA 2DD 2E0 2E1 2E3 2E4 2E7 2E8 2EA 2EB 2EE 2EF 2F1 2F3 2F4 2F7 2FF 42C 43C 302 305 306 308 309 30B 30E 311 314 315 31D
316 318 31A 31B 31F 321 322 325 326 328 32A 32B 32C 32D 32E 331 332 333 34B 334 335 336 338 339 33C 345 33D 33E 33F 341 342 346
348 349 34C 34E 34F 353 355 357 358 35B 35C 35D 35F 360 361 363 36C 364 366 367 368 369 36A 36B 36D 370 373 376 379 37A 37B 37D
389 380 381 382 384 386 387 38A 38D 38F 391 392 395 398 399 39A 39B 39C 39D 39E 3A0 3A1 3A2 3A3 3A5 3A6 3A9 3AA 3AB 3AC 3AD 3AF
3B0 3B1 3B2 3B4 3B5 3B8 3B9 3BC 3BD 3BF 3C1 3C2 3C4 3C6 3C7 3C8 3CA 3CD 3CF 3D0 3D1 3D3 3D6 3D7 3D8 3DA 3DC 3DF 3E0 3E1 3E3 3E5
3E6 3E7 3E8 3E9 3EA 3EB 3EE 3EF 3F2 3F3 3F7 3FA 3FB 401 3FE 403 406 409 40A 40B 40D 40F 413 418 419 41A 41D 41E 41F 421 423 424
427 429 42A 42D 430 433 436 439 43A 43D 440 441 443 446 447 449 44C 44F 453
nameNexts
51 0 20F 0 0 0 0 0 0 0 0 0 0 0 0 8A 0 0 0 0 0 0 0 29F 0 0 0 0 0 0 0 0
0 89 0 0 0 0 0 99 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
0 0 0 0 0 0 0 0 0 DC 0 0 0 2FE 0 0 0 0 53 0 0 0 0 0 0 124 0 0 0 0 0 75
0 0 7C 0 65 0 0 0 0 6A 0 0 0 6E 0 0 0 72 0 0 0 0 0 0 79 0 0 0 0 0 0 0
0 0 0 0 0 0 0 0 0 0 0 8C 0 0 8F 0 0 92 0 1AA 0 0 0 0 0 0 0 0 0 A1 9F 0
0 0 0 A4 0 0 0 A8 0 0 0 AC 0 0 0 0 0 0 0 0 0 0 0 0 B9 0 0 0 0 0 0 0
0 C2 0 0 0 0 0 0 0 0 0 F3 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 F5 0 0 0 0 0 0 0 0 0 0 0
0 102 0 0 0 0 107 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 11A 0 11C 0 0 0 0
0 0 0 0 0 0 0 0 0 0 0 0 12D 0 0 0 131 0 0 0 0 0 137 0 0 13A 0 0 0 0 0 0
0 0 0 0 0 0 0 148 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
0 0 0 0 0 0 0 0 0 16A 0 0 16D 0 0 0 0 0 0 0 0 176 0 0 0 0 0 0 0 0 0 0
181 0 0 0 0 0 0 0 0 0 0 18C 0 0 0 0 0 0 0 0 0 0 0 0 0 19A 0 0 0 0 0 0
0 0 0 0 0 1A6 0 0 0 0 0 0 0 0 0 0 0 1B2 0 0 0 0 0 1B8 0 0 0 0 0 0 0 0
0 0 0 0 0 0 0 1C8 0 0 0 0 1CD 0 0 0 0 0 0 0 0 0 0 0 0 1DA 0 0 0 0 0 0
0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
0 0 0 0 0 0 438 0 0 0 0 20C 0 0 0 0 0 0 0 0 0 0 0 0 0 21A 0 0 0 0 0 0
0 0 223 0 0 0 0 0 0 0 0 22C 0 0 0 0 0 0 0 0 0 0 0 238 0 0 0 0 0 0 0 0
0 0 243 0 0 0 0 0 0 0 0 0 0 24E 0 0 251 0 0 0 0 0 0 0 0 0 0 0 0 0 0 260
0 0 0 0 0 0 0 0 0 0 0 0 0 26E 0 0 0 0 0 0 0 0 277 0 0 0 0 0 0 0 0 0
281 0 0 0 0 0 287 0 0 0 0 0 0 28E 0 0 0 292 0 0 0 0 0 0 0 0 0 0 0 0 0 0
0 0 0 0 2A5 0 0 0 0 0 0 0 2AD 0 0 0 2B1 0 0 0 0 2B6 0 0 0 0 0 0 0 0 0 0
2C1 0 0 0 0 0 0 0 0 2CA 0 0 0 0 0 0 0 0 0 0 0 2D6 0 0 0 0 0 0 0 0 0 0
0 2E2 0 0 0 0 0 0 2E9 0 0 0 0 0 0 0 0 2F2 0 0 2F5 0 0 2F8 0 0 0 0 0 0 0 0
0 0 303 0 0 0 0 0 0 30A 0 0 0 0 0 0 0 0 0 0 0 0 0 0 319 0 0 31C 0 0 0 320
0 0 323 0 0 0 327 0 0 0 0 0 0 0 32F 0 0 0 0 0 0 0 0 0 0 33A 0 0 0 0 0 0
0 0 343 0 0 0 0 0 0 34A 0 0 0 0 0 350 0 0 0 354 0 0 0 0 359 0 0 0 0 35E 0 0
0 0 0 0 365 0 0 0 0 0 0 0 0 36E 0 0 371 0 0 374 0 0 377 0 0 0 0 37C 0 0 0 0
0 0 383 0 0 0 0 0 0 0 0 0 0 38E 0 0 0 0 393 0 0 396 0 0 0 0 0 0 0 0 0 0
0 0 0 3A4 0 0 0 0 0 0 0 0 0 0 0 0 0 0 3B3 0 0 0 0 0 0 0 0 0 0 0 0 0
0 0 0 0 0 0 0 0 3C9 0 0 0 0 0 0 0 0 3D2 0 0 0 0 0 0 0 0 3DB 0 0 0 0 0
0 3E2 0 0 0 0 0 0 0 0 0 3EC 0 0 0 0 0 0 0 0 0 0 0 3F8 0 0 0 0 0 0 0 0
0 0 0 404 0 0 407 0 0 0 0 0 0 40E 0 0 0 412 0 0 0 416 0 0 0 0 41B 0 0 0 0 0
0 422 0 0 425 0 0 428 0 0 42B 0 0 0 0 0 431 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
0 442 0 0 0 0 0 448 0 0 0 0 0 0 0 0 0 452 0 0 455 0
endStarts
0 0 0 0 0 0 5 5 5 9 9 9 9 A A A D D D D E E E F F F F F F 10 10 10
10 10 11 11 11 11 12 12 12 12 12 12 12 13 13 13 13 14 14 14 14 15 15 15 15 15 16 16 16 16 18 19
19 19 19 1C 1C 1C 1C 28 29 2B 2B 2B 2B 2E 2E 2E 2E 31 31 31 31 31 31 31 32 32 32 33 33 33 34 36
36 39 39 39 39 39 39 39 40 40 40 40 40 9D 9D 9D 9D A7 A7 BF BF 19A 19A 19A 1EC 1EC 1EC 1EC 1ED 1ED 1ED 1ED
1ED 1ED 227 227 227 241 241 241 241 289 28D 28E 28E 28E 28F 28F 28F 290 290 291 291 291 291 291 291 292 292 292 292 294 294 294
294 295 296 296 296 296 297 297 297 297 297 2AC 2AC 2B5 2B5 2D3 2D3 2D3 2DE 2DE 2DE 2DE 2E3 2E3 2E3 2E3 2E3 2E3 2E3 2E3 2E3 2EC
2EC 2EC 2EC 2EF 2EF 2EF 2EF 2EF 2F8 2F8 2F8 2FD 2FD 2FD 303 303 303 303 309 309 309 30A 30A 30A 30A 313 313 313 32B 32B 32B 32E
32E 32E 32F 32F 32F 330 330 330 330 34D 34D 34D 34D 34F 34F 34F 350 350 350 352 356 356 357 357 357 357 357 359 359 359 359 359
359 359 359 359 359 35A 35A 35A 35A 35A 365 365 365 36A 36A 36A 36A 36B 36B 36B 36B 36D 36D 36F 36F 371 371 374 374 374 376 376
376 39E 39E 39E 39F 39F 39F 3A1 3A1 3A1 3A1 3A1 3A4 3A4 3A4 3A4 3A7 3A7 3A7 3A7 3D5 3D8 3D8 3D8 40B 40B 40B 40B 40B 40B 40B 40C
40C 40C 40C 40C 40E 40E 40E 40E 40E 40E 40E 41B 41B 41B 41B 41B 41B 41D 41D 41D 41D 41D 41D 41F 41F 41F 41F 41F 41F 421 421 421
427 427 427 427 429 429 429 429 42D 42D 42D 432 432 432 436 436 436 437 437 437 438 438 438 456 456 456 456 456 456 456 456 456
456 456 457 457 457 457 457 457 457 457 457 457 457 457 457 457 457 457 457 457 457 458 458 458 458 458 458 458 458 458 458 458
459 46A 475 476 477 478 478 478 478 478 47A 47A 47A 47A 47C 47D 47E 47E 47E 47E 47E 47E 482 482 482 482 482 482 485 485 485 485
489 489 48B 48B 48D 48D 48E 48E 48E 48E 48E 491 491 491 491 491 494 494 494 494 494 494 494 494 494 494 494 494 494 494 494 494
494 495 495 495 495 495 495 495 496 497 498 498 498 49A 49A 49A 49A 49A 49A 49B 49B 49B 49B 49B 49C 49C 49C 49D 49D 49D 49D 49E
49E 49F 49F 4A1 4A1 4A1 4A4 4A4 4A4 4A4 4A4 4A4 4A4 4A4 4A4 4A5 4A5 4A5 4A7 4A9 4A9 4A9 4A9 4AB 4AB 4AB 4AB 4AB 4AB 4AB 4AB 4AB
4AC 4AC 4AC 4AC 4AC 4AC 4AC 4AC 4AC 4AD 4AD 4AD 4AD 4AD 4AD 4AD 4AD 4AD 4AE 4AE 4AE 4AE 4AE 4AE 4AE 4AE 4AE 4AE 4AE 4AE 4AE 4AE
4AE 4AF 4AF 4AF 4B0 4B0 4B0 4B0 4B0 4B1 4B1 4B1 4B2 4B2 4B2 4B3 4B3 4B3 4B4 4B4 4B4 4B4 4B5 4B5 4B5 4B6 4B6 4B6 4B8 4B8 4B8 4B8
4B8 4B8 4B8 4B8 4B9 4B9 4B9 4B9 4BA 4BA 4BA 4BA 4BC 4BC 4BC 4BC 4BC 4BC 4BC 4BC 4BC 4BD 4BD 4BD 4BD 4BD 4BD 4BD 4BD 4BD 4BE 4BE
4BE 4BE 4BE 4BE 4BF 4BF 4BF 4BF 4BF 4BF 4C0 4C0 4C0 4C1 4C1 4C1 4C1 4C3 4C3 4C3 4C3 4C5 4C5 4C5 4C5 4C5 4C6 4C6 4C6 4C6 4C6 4C7
4C7 4C7 4C7 4C9 4C9 4C9 4CB 4CB 4CB 4CB 4CB 4CC 4CC 4CC 4CD 4CD 4CD 4CD 4CD 4CD 4CD 4CD 4CD 4CF 4CF 4CF 4D1 4D1 4D1 4D3 4D3 4D3
4D3 4D3 4D4 4D4 4D4 4D4 4D4 4D4 4D4 4D4 4D4 4D4 4D4 4D5 4D7 4D7 4D7 4D8 4D8 4D8 4D9 4D9 4D9 4D9 4D9 4D9 4D9 4D9 4DA 4DA 4DA 4DB
4DB 4DB 4DB 4DB 4DB 4DB 4DD 4DD 4DD 4DD 4DD 4DD 4DD 4DF 4DF 4DF 4DF 4DF 4DF 4E1 4E1 4E1 4E3 4E3 4E3 4E4 4E4 4E5 4E5 4E6 4E7 4E7
4E7 4E8 4E8 4E8 4EA 4EA 4EA 4EA 4EA 4EA 4EA 4EA 4EA 4EB 4EB 4EB 4EC 4EC 4EC 4ED 4ED 4ED 4ED 4ED 4ED 4ED 4EF 4EF 4EF 4F0 4F0 4F0
4F0 4F1 4F1 4F1 4F2 4F2 4F2 4F2 4F2 4F2 4F2 4F2 4F2 4F3 4F3 4F3 4F4 4F4 4F4 4F4 4F4 4F4 4F4 4F4 4F4 4F4 4F4 4F5 4F5 4F5 4F5 4F5
4F5 4F5 4F5 4F5 4F7 4F8 4F8 4F8 4F8 4F8 4F8 4F9 4F9 4F9 4F9 4F9 4F9 4FA 4FB 4FB 4FB 4FB 4FB 4FF 4FF 4FF 500 500 500 500 500 500
500 500 500 502 502 502 502 502 502 502 502 502 503 503 503 504 504 504 505 505 505 507 507 507 50B 50B 50B 50B 50B 50B 50B 50C
50C 50C 50C 50C 50C 50C 50D 50D 50D 50E 50E 50E 50F 50F 50F 50F 50F 511 511 511 513 513 513 514 514 514 514 514 514 514 514 514
514 514 514 514 514 514 514 514 516 516 516 516 516 516 516 516 516 516 516 516 516 516 516 517 517 517 517 518 518 518 519 519
51B 51B 51B 51C 51C 51C 51C 51C 51C 51C 51C 51C 51D 51D 51D 51D 51D 51D 51D 51D 51D 51E 51E 51E 51E 51E 51E 51E 51E 51E 51F 51F
51F 51F 51F 51F 51F 51F 51F 51F 51F 51F 51F 51F 51F 520 520 520 520 521 521 521 521 522 523 523 523 524 524 524 524 525 525 525
527 529 52D 52D 52D 52E 52E 52E 52F 52F 52F 52F 52F 52F 52F 52F 52F 530 530 530 530 531 531 532 532 534 534 534 535 535 535 535
535 535 535 536 536 536 537 537 537 538 538 538 53A 53A 53A 53C 53C 53C 53D 53D 53D 541 541 541 545 545 545 545 548 548 548 54A
54A 54A 54A 54A 54A 54C 54C 54C 54C 54C 54C 54E 54E 54E 54F 54F 54F 551 551 551 553 553 554
endPatterns
0 134 18D 1C6 34B 1 135 1C7 34C 2 3 20E 40B 4 5 6 8 9 A B C D E 2A4 F 10 14 3FE 11 15 146 173
18E 192 303 3A7 3BF 3FF 443 4D4 12 13 16 17 19 FE 18 FF 21C 1A 1B 1C 2A 2B 1D 449 515 1E BD 1DB 1DD 3B0 3FB 4CA
1F 4A 55 58 5D 7B 7F C0 C1 101 103 10B 121 123 128 16E 180 19C 19F 1A1 1CB 1F8 1FA 229 23F 250 25F 262 269 26C 291 294
2A0 2A8 2AD 2AF 2BD 2C2 2C9 2D3 2EA 306 30C 32A 334 345 346 357 35C 367 369 36D 37E 38A 38D 38F 3AA 3AD 3C2 3C6 3F4 3F6 3F9 401
403 406 41E 421 423 425 430 433 43B 440 446 497 49A 4B2 4B6 4B8 4C5 4CF 4ED 50D 512 521 529 536 53A 53D 540 543 546 20 C6 C7
1DA 1DC 3AF 3B3 3E5 4CB 4CC 45 46 4C 53 54 5A 5B 5E 72 73 79 7A 81 82 88 89 8F 90 B1 B2 BB BC C3 C4 21
41 42 49 56 57 5C 6E 6F 75 76 7C 7D 84 85 8B 8C BE BF C8 CB CE D0 DA DB DF E2 E6 E9 ED EE F1 F2
F5 F6 F9 FA 100 104 105 10A 10E 10F 113 114 118 11A 120 124 125 129 12A 13E 140 151 152 158 16C 181 182 19D 19E 1A2 1A3 1AB
1AD 1BB 1BC 1C0 1C1 1CC 1CD 1D6 1D7 1F7 1F9 207 208 20C 20D 212 214 216 226 22B 233 234 238 239 23E 251 252 260 261 26A 26B 28E
292 293 2A9 2AA 2AE 2B8 2BA 2BE 2BF 2C3 2C8 2D4 2D5 2DF 2E0 2EB 2EC 2F0 2F1 2FB 307 308 30D 311 312 32B 32C 335 336 33F 340 343
344 353 354 358 359 35D 368 36A 36B 36E 36F 373 375 379 37B 37F 380 38B 38C 390 3AB 3AC 3B8 3B9 3C3 3C7 3C8 3D2 3D3 3E0 3E1 3E9
3F7 3F8 3FC 3FD 404 405 40F 410 417 41A 41B 41F 420 426 427 431 432 43C 43D 441 442 447 448 461 462 46C 471 476 498 499 4B3 4B4
4C6 4C7 4D0 4D2 4D3 4D9 4DA 4DE 4DF 4E3 4E4 4EE 4EF 50E 50F 513 514 520 52D 52E 537 53B 53E 541 544 545 22 23 40 43 6D 70
74 77 8A 8D C9 CA CD D1 117 11B 13D 141 150 153 1AA 1AE 1BA 1BD 1BF 1C2 1D5 1D8 1DF 206 209 213 217 227 22C 230 232 235
237 23A 28F 2B7 2BB 2D0 2D1 2E2 2E3 2EF 2F2 2FA 310 313 33E 341 352 355 372 376 378 37C 3B7 3BA 3D1 3D4 3DF 419 41C 460 463 46A
46B 46E 470 473 475 478 4D5 4E2 4E5 52C 52F 54A 24 25 28 D6 106 126 12B 159 17B 17E 183 185 188 1A4 1CE 1D3 21F 220 253 2AB
2C0 2C4 2D6 2ED 2F4 2F8 300 304 30E 32D 337 339 35A 35E 36C 370 382 3C4 3C9 3E4 3EB 3EE 428 43E 44A 451 456 459 491 495 4C8 4F0
510 516 524 527 52A 550 553 26 27 17C 17D 186 187 2F5 2F6 301 302 309 33A 33B 381 3A0 3A1 3EC 3ED 457 458 492 494 525 526 551
552 29 4B 62 C2 D8 107 10C 127 12C 148 15A 16F 175 17F 184 189 1A0 1A5 1B4 1CF 1D4 221 231 240 245 24F 254 25E 263 26D 273
295 2AC 2C1 2C5 2D7 2EE 2F9 305 30F 32E 338 347 35B 35F 371 383 3A9 3AE 3B6 3C5 3CA 3EF 3FA 407 429 434 43F 44B 45A 496 4B7 4B9
4BE 4C9 4D1 4F1 511 517 528 52B 535 2C 2D 2F 54E 2E 30 31 32 33 34 37 35 36 38 39 3C 1A6 1A9 1B5 1B8 1FB 1FE 222
246 249 27A 27D 29B 29E 32F 332 482 485 518 51B 3E 3F 96 97 9D 9E A5 A6 AB 3A 3B 92 93 99 9A A0 A1 A8 1A7 1A8
1B6 1B7 1FC 1FD 223 247 27B 27C 29C 29D 316 330 331 3D7 480 483 484 519 51A 3D 122 1B9 1FF 268 27E 29F 2B6 333 393 49B 44 154
1F4 23B 450 47 63 66 1F3 1F5 241 244 465 468 4D 68 69 48 64 65 1ED 1F6 242 243 466 467 4E 51 11D 12D 392 4F 50 11E
11F 12E 391 B0 1DE 22A 3F5 422 424 52 59 67 6C 2CA 2CF 469 506 50C 547 5F 61 B6 B9 FC 143 147 14A 170 174 24B 24E 26E
272 2B5 3A4 40E 411 4BA 4BD 4CE 50B 51D 522 60 3E6 493 6A 6B 71 D2 11C 142 1AF 1BE 1C3 1D9 1EC 20A 218 2BC 2D2 2F3 314 342
356 377 37D 3BB 3D0 3D5 41D 46F 474 479 4D7 4E6 530 78 236 7E 80 42A 83 86 4DD 4E0 87 8E 1E0 91 94 98 9B 9F A2 A3
A7 224 3D6 3D8 47F 95 9C A4 3D9 48B A9 AA 481 AC AF AD AE B3 B4 548 B5 549 B7 B8 CF FD 119 13F 144 145 149 156
157 171 172 1AC 215 24C 24D 25B 25C 26F 271 2B2 2B9 374 3A5 3A6 3DC 46D 472 477 4B5 4BB 4BC 4C0 4C1 4CD 508 509 51E 51F BA C5
2DE CC 228 319 D3 2A1 384 D4 D5 132 133 139 13A 177 178 18C 22F 248 256 257 297 298 2A2 2A3 2E6 2E7 2FD 31B 31C 320 321 349
34A 37A 385 386 397 3CC 3CD 3E7 40A 42C 42D 438 452 453 45C 45D 47B 47C 48D 48E 54B D7 2A6 388 D9 131 136 138 13B 14E 176 179
18A 1E9 20B 20F 211 255 258 25D 296 299 2A5 2E5 2E8 2FE 30A 31A 31D 31F 322 33C 348 34D 387 398 3CB 3CE 3E8 400 40C 413 414 42B
42E 439 444 454 45B 45E 47A 47D 48C 48F 4DB DC DD 4DC DE E3 E5 EA EC EF F0 F3 F4 F7 F8 FB 3E2 E0 E7 E1 E8 E4
EB 102 2B0 38E 412 418 523 108 16A 109 16B 16D 1EE 10D 110 112 115 155 111 116 2DD 4EC 12F 130 137 13C 14F 17A 1EB 259 29A 2A7
2E9 30B 31E 323 329 33D 34E 351 389 3CF 3EA 402 40D 415 42F 43A 445 455 45F 490 51C 554 14B 14C 14D 15B 160 167 274 278 49C 49F
4A1 4A2 4A4 4A6 4A7 4AA 4AC 4AD 4AF 4B1 15C 15D 168 275 276 49D 49E 4A5 4A8 4A9 4B0 15E 15F 161 162 166 163 165 164 169 18B 18F
193 196 190 194 195 191 3E3 4FC 501 197 19A 198 199 19B 1B0 1B3 3A8 1B1 1B2 4C2 1C4 1C5 1C8 1C9 1CA 24A 1D0 1D1 1D2 1E1 1E2 1E3
270 1E4 2B1 507 1E5 1E6 1E7 1E8 1EA 1EF 290 1F0 1F1 1F2 201 200 202 203 204 205 210 219 21A 21B 21D 21E 225 464 22D 22E 23C 23D
25A 264 267 265 266 277 279 280 281 27F 283 282 284 285 289 286 287 288 28A 28B 28C 28D 44E 2B3 2B4 2C6 2C7 2CB 2CE 2CC 2CD 2D9
2DB 2D8 2DC 2DA 2E1 2E4 2F7 2FC 2FF 399 315 317 318 325 326 324 327 328 350 34F 360 361 362 363 364 365 366 395 396 436 437 394
39B 39C 39A 39D 39E 39F 3A2 3A3 4C4 53C 542 3B1 3B2 3B4 3B5 3BD 3BE 3BC 3C0 3C1 3DA 3DD 3DB 3DE 3F0 3F1 3F3 3F2 408 409 416 435
44C 44D 44F 47E 486 487 48A 488 489 4A0 4A3 4AB 4AE 4BF 4C3 4D6 4D8 4E1 4E8 4E9 4E7 4EA 4EB 4F5 4F2 4F6 4F3 4F4 4F7 4F8 4FB 4FD
500 4F9 4FA 4FE 4FF 502 505 50A 503 504 531 534 532 533 538 539 53F 54C 54F 54D
readsInSwift
1 1 1 1 1 1 1 0 1 1 1 1 1 1 1 0 1 1 0 0 1 1 0 1 1 1 1 1 1 1 1 1
1 1 1 1 0 1 1 1 1 1 1 1 1 1 1 1 1 1 1 0 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 0 0 0 0 0 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 0 0 0 0 0 0 0 0 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 0 0 0 0 0 0 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
digitZeros
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 660 660
660 660 660 660 660 30 30 30 30 30 30 30 30 30 30 30 660 660 660 660 30 30 30 30 660 660 660 660 9E6 9E6 9E6 9E6
9E6 9E6 9E6 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 966 966 966 966 966 966 966 966 966 966 966 966 30 30 30
30 30 30 9E6 9E6 9E6 9E6 9E6 9E6 9E6 9E6 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 11136 11136 11136 11136 11136 11136 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 660 660 660 660 660 660 660 660 660 660 660 660 660 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 F20 F20 F20 F20 F20 F20 F20 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 6F0 6F0 6F0 6F0 6F0 6F0 6F0 6F0 30 30 30 30 30 30 1E950 1E950 1E950 1E950 1E950 1E950 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
6F0 6F0 6F0 6F0 6F0 6F0 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 6F0 6F0 6F0 6F0 6F0 6F0 6F0 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 9E6
9E6 9E6 9E6 9E6 966 966 966 966 966 966 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 1040 1040 1040 1040
1040 1040 30 30 30 30 30 30 30 30 30 966 966 966 966 966 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 6F0 6F0 6F0 6F0 6F0
6F0 6F0 6F0 30 30 30 30 30 6F0 6F0 6F0 6F0 6F0 6F0 30 30 30 30 30 966 966 966 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 966 966 966 966 966 30 30 30 30 30 30 30 30 30 30 30
1C50 1C50 1C50 1C50 1C50 1C50 30 30 30 30 30 30 30 30 30 30 30 660 660 660 660 660 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 6F0 6F0 6F0
6F0 6F0 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
nameSlotStarts
0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 2 3 5 6 8
A B C E 10 12 14 15 16 18 19 1A 1B 1C 1D 1E 1F 20 21 22 22 23 25 27 28 29 2B 2C 2D 2F 30 31
32 34 35 36 38 39 3A 3B 3D 3E 3F 41 42 43 44 46 47 48 4A 4B 4C 4D 4F 50 51 53 54 55 56 57 59 5A
5C 5D 5F 60 62 63 64 66 67 68 69 69 6A 6B 6D 6E 6F 71 72 73 74 76 77 78 7A 7B 7C 7D 7F 80 81 81
83 84 85 86 88 89 8A 8C 8D 8E 8F 91 92 93 95 96 97 98 9A 9B 9C 9E 9F A0 A1 A3 A4 A5 A7 A8 A9 AA
AC AD AE B0 B2 B3 B4 B5 B7 B8 B8 B9 BA BC BD BE C0 C1 C2 C3 C4 C5 C6 C8 C9 CA CC CD CE CF D1 D2
D3 D5 D7 D8 D9 DA DC DD DE DF E1 E3 E4 E5 E7 E8 E9 EA EC ED EF F0 F1 F3 F5 F6 F8 F9 FA FC FD FF
100 100 100 101 103 104 106 107 107 107 108 10A 10B 10D 10E 10F 111 113 114 115 117 119 11A 11B 11D 11F 120 121 123 125 126 126
126 127 129 12A 12C 12D 12E 130 131 133 134 135 137 138 13A 13B 13C 13E 13F 141 142 143 145 146 148 149 14A 14B 14D 14E 150 151
152 153 155 156 158 159 15A 15C 15D 15F 160 161 163 164 166 167 167 168 16A 16B 16C 16C 16C 16E 16F 171 172 173 175 176 178 179
17A 17B 17D 17E 180 181 182 182 184 185 186 188 18A 18B 18C 18E 18F 191 192 193 195 196 198 199 19A 19B 19D 19E 1A0 1A1 1A2 1A2
1A2 1A4 1A5 1A7 1A8 1A8 1A9 1AB 1AD 1AE 1AF 1B1 1B2 1B3 1B4 1B6 1B7 1B9 1BA 1BB 1BB 1BD 1BE 1C0 1C1 1C2 1C4 1C5 1C7 1C8 1C9 1CB
1CC 1CE 1CF 1D0 1D2 1D3 1D5 1D6 1D7 1D9 1DA 1DC 1DD 1DE 1DE 1DE 1DF 1E1 1E2 1E2 1E3 1E5 1E7 1E8 1EA 1EB 1EC 1EE 1EF 1F1 1F2 1F3
1F5 1F6 1F8 1F9 1FA 1FC 1FD 1FF 200 201 203 205 206 207 208 20A 20B 20D 20E 20F 211 212 214 215 216 218 219 21B 21C 21D 21F 220
222 223 224 226 227 229 22A 22A 22A 22C 22D 22E 230 231 232 234 235 237 238 239 23B 23C 23E 23F 240 242 243 244 246 247 249 24A
24C 24D 24E 24F 250 252 254 255 256 257 259 25A 25B 25C 25D 25E 25F 261 262 264 266 267 269 26A 26B 26D 26E 270 272 273 274 276
277 279 27A 27B 27C 27E 27F 281 282 283 285 286 288 289 28A 28A 28C 28D 28F 290 292 293 294 295 297 298 29A 29B 29C 29C 29E 29F
2A1 2A3 2A4 2A6 2A7 2A9 2AA 2AB 2AD 2AE 2B0 2B1 2B2 2B4 2B6 2B7 2B8 2BA 2BB 2BD 2BE 2BF 2C1 2C2 2C4 2C5 2C6 2C8 2C9 2CB 2CC 2CD
2CF 2D0 2D2 2D3 2D4 2D6 2D7 2D9 2DA 2DB 2DD 2DE 2E0 2E1 2E2 2E4 2E5 2E7 2E8 2E9 2EB 2EC 2EE 2EF 2F0 2F2 2F3 2F5 2F6 2F7 2F9 2FA
2FC 2FD 2FE 300 301 303 304 305 307 308 30A 30B 30C 30E 30F 311 312 313 314 316 317 319 31A 31B 31B 31D 31E 320 321 322 324 325
327 328 329 329 32B 32C 32E 32F 330 331 333 334 335 337 338 339 33B 33C 33E 33F 340 342 343 345 346 347 349 34A 34C 34D 34E 350
351 353 355 356 357 357 359 35B 35C 35E 35F 360 362 363 365 366 368 369 36B 36C 36D 36F 371 372 374 375 376 377 379 37A 37C 37D
37E 380 381 383 384 386 387 389 38A 38B 38D 38E 390 391 392 394 395 397 399 39A 39C 39D 39E 3A0 3A1 3A3 3A4 3A5 3A6 3A8 3A9 3AB
3AC 3AD 3AD 3AF 3B1 3B2 3B4 3B5 3B6 3B8 3B9 3BB 3BC 3BD 3BF 3C0 3C2 3C3 3C4 3C6 3C7 3C9 3CA 3CB 3CC 3CE 3CF 3D1 3D2 3D3 3D4 3D6
3D7 3D9 3DA 3DB 3DB 3DD 3DE 3E0 3E1 3E2 3E3 3E5 3E6 3E8 3E9 3EB 3EC 3EE 3EF 3F0 3F2 3F3 3F5 3F6 3F7 3F9 3FA 3FC 3FD 3FE 400 401
403 404 405 407 408 40A 40B 40C 40D 40F 410 412 413 414 416 417 419 41A 41B 41D 41E 420 421 422 424 425 427 428 429 42B 42C 42E
42F 430 432 433 434 435 437 439 43A 43C 43D 43E 43E 43E 440 441 443 444 445 447 448 449 44B 44C 44E 44F 450 452 453 455 456 458
459 45B 45C 45D 45D 45E 460 461 463 464 466 467 468 46A 46C 46D 46E 470 471 473 474 475 476 478 479 47B 47C 47D 47E 480 481 483
484 485 486 488 489 48B 48C 48D 48F 491 492 494 495 496 498 499 49B 49C 49D 49F 4A0 4A2 4A3 4A4 4A5 4A7 4A8 4AA 4AB 4AC 4AE 4AF
4B1 4B2 4B3 4B5 4B6 4B8 4B9 4BA 4BA 4BC 4BD 4BF 4C0 4C1 4C3 4C4 4C5 4C7 4C9 4CA 4CB 4CC 4CE 4CF 4D1 4D2 4D3 4D5 4D6 4D8 4D9 4DA
4DA 4DC 4DD 4DF 4E0 4E2 4E3 4E5 4E6 4E7 4E9 4EA 4EC 4ED 4EE 4F0 4F1 4F2 4F4 4F5 4F6 4F8 4F9 4FB 4FC 4FE 4FF 501 502 503 505 506
508 509 50A 50C 50D 50F 510 511 512 514 515 516 518 519 51A 51C 51D 51F 520 521 522 524 525 527 528 529 52B 52C 52E 52F 530 530
530 532 534 535 537 538 539 53B 53C 53E 53F 540 540 542 543 545 546 547 549 54A 54C 54E 54F 551 552 553 555 556 557 559 55A 55C
55D 55E 560 561 563 564 566 567 568 56A 56B 56C 56E 56F 570 572 573 575 576 577 579 57A 57C 57D 57E 57F 581 582 584 585 586 588
589 58B 58C 58D 58D 58F 590 592 593 594 595 597 598 59A 59B 59C 59E 59F 5A1 5A2 5A3 5A5 5A6 5A8 5A9 5AA 5AC 5AD 5AF 5B0 5B1 5B3
5B4 5B6 5B7 5B8 5BA 5BB 5BD 5BE 5BF 5C1 5C2 5C4 5C6 5C7 5C8 5CA 5CB 5CD 5CE 5CF 5D1 5D2 5D4 5D5 5D6 5D8 5D9 5DB 5DC 5DD 5DF 5E0
5E2 5E3 5E4 5E6 5E7 5E8 5EA 5EB 5ED 5EE 5EF 5F1 5F2 5F4 5F5 5F6 5F8 5F9 5FB 5FC 5FD 5FE 600 601 603 604 605 607 608 60A 60B 60C
60E 60F 611 613 614 616 617 619 61B 61C 61D 61F 620 622 624 625 627 628 62A 62C 62D 62E 62F 631 632 634 635 637 638 639 63B 63C
63E 63F 640 641 643 644 646 647 648 64A 64B 64D 64E 64F 650 652 654 655 656 657 658 658 65A 65C 65D 65F 660 661 663 664 666 667
668 66A 66B 66D 66E 66F 671 672 674 675 676 677 679 67A 67C 67D 67E 680 681 683 684 685 686 688 689 68B 68C 68D 68F 690 692 693
694 696 697 699 69A 69B 69D 69E 6A0 6A1 6A2 6A4 6A6 6A7 6A9 6AA 6AB 6AD 6AE 6B0 6B1 6B2 6B3 6B5 6B6 6B8 6B9 6BA 6BC 6BD 6BF 6C0
6C1 6C2 6C4 6C6 6C7 6C9 6CA 6CB 6CD 6CE 6D0 6D2 6D3 6D5 6D6 6D7 6D9 6DA 6DC 6DD 6DE 6E0 6E1 6E3 6E4 6E4 6E6 6E8 6E9 6EA 6EC 6ED
6EF 6F1 6F2 6F3 6F5 6F6 6F7 6F9 6FA 6FB 6FC 6FE 6FF 700 701 702 703 705 706 707 709 70A
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
67 62 67 69 6A 6A 6B 6C 6B 6C 6D 6E 6E 6F 70 6F 70 71 72 72 73 74 73 74 75 76 75 77 77 78 78 79
7A 79 7B 7B 7C 7C 7D 7E 7E 7F 7F 80 7F 80 81 82 82 83 83 84 83 84 85 86 86 87 85 87 85 88 89 89
8A 8B 8A 8B 8C 8D 8D 48 8E 8F 8E 8E 8E 8F 8F 90 91 90 90 90 91 91 92 93 93 94 94 95 94 95 96 97
97 98 99 98 99 9A 99 9A 9B 9C 9B 9D 9D 9E 9E 9F A0 A0 A1 A2 A1 A2 A3 A4 A3 A5 A5 A6 A5 A6 A7 A8
A8 A9 AA A9 AA AB AC AC AD AE AD AB AC AC AE AF B0 B0 B1 B1 B2 B1 B2 B3 B4 B4 B5 B6 B5 B6 B7 B8
B7 B9 B9 BA BA BB BC BC BD BE BD BE BF C0 C0 C1 C2 C1 C2 C3 C4 C4 C5 C6 C5 C6 C7 C8 C7 C7 C7 C8
C7 C8 C9 C8 C9 C8 C9 C9 CA CB CB CC CD CC CD CE CF CF D0 D1 D0 D1 D2 D3 D3 D4 D5 D4 D5 B D6 D6
D7 E D7 D8 D9 D9 DA DA DB DA DB DC DD DD DE DF DE DF E0 E1 E1 E2 E3 E2 E3 E4 E5 E5 E6 E7 E6 E7
E8 E9 E9 EA EB EA EB EC ED ED EC ED ED EF F0 F1 F1 F2 F3 F2 F3 F4 F5 F5 F6 F7 F6 F7 F8 F9 F9 FA
FB FA FB 1B 2 3 3 0 1B 0 0 1B 0 0 1B 1B 0 1B FC FD FD FE FE FE FF FD FF 16 15 15 16 13
14 14 13 14 16 15 16 13 100 100 101 16 101 102 16 102 103 104 104 105 106 104 106 107 108 107 109 109 109 10A 10A 10B
10C 10C 10D 10E 10D 10E 10F 110 10F 10F 10F 110 110 111 110 111 112 113 113 114 114 115 114 115 116 117 117 117 118 117 118 119
BC 11A BD 11A 11B 11C 11C 11D 3B 11D 11E 12 11E 12 F 10 12 11F 12 11F 120 121 121 122 123 122 123 124 125 125 126 127
126 127 128 129 129 12A 12B 12A 12B 12C 12D 12D 12E 12F 12E 12F 130 131 131 132 133 132 133 134 135 135 136 137 136 137 138 139
139 13A 13B 13A 13B 13C 13D 13D 13E 13F 13E 13F 140 141 140 142 142 143 143 144 145 145 146 146 147 147 148 149 149 14A 14B 14A
14B 14C 14D 14D 14E 14F 14E 14F 150 151 151 152 153 152 153 154 3 3 1 1 155 1 155 A7 156 156 157 AA 157 AA 158 159
159 15A 15B 15A 15B 15C 15D 15C 15E 15E 15F 15F 160 161 160 162 162 162 163 160 163 164 165 165 166 167 166 167 168 169 169 16A
16B 16A 16B 16C 16D 16C 16C 16C 16E 16E 16F 170 170 171 172 171 172 22 23 173 174 174 174 174 173 173 174 173 175 176 176 177
178 177 178 179 4F 17A 17B 17A 17B 17C 17D 17D 17E 17F 17E 17C 17D 17F 180 181 181 182 182 183 182 183 184 185 185 186 187 186
187 188 189 189 18A 177 18A 18B 18C 18C 18D 18E 18D 18E 18F 190 190 191 192 191 192 193 D9 194 DA 194 195 196 196 197 198 197
198 199 19A 199 19B 19B 19B 19C 19C 19D 19E 19E 19E 19D 19E 19D 19E 19D 19F 1A0 19F 1A1 1A1 1A2 1A2 1A3 1A4 1A4 1A5 1A6 1A5 1A6
1A7 1A8 1A8 1A8 1A9 1A8 1A9 1AA 1AB 1AB 1AC 1AC 1AD 1AC 1AD 1AE 1AF 1AF 1AF 1AF 1AF 1AE 1AE 1B0 1B1 1B1 1B1 1B2 1B1 1B2 1B3 1B4
1B4 1B4 1B4 1B4 1B3 1B3 1B5 1B6 1B6 1B7 177 1B7 1B8 1B9 1B9 1BA 1BB 1BA 1BB 1BC 1BD 1BD 1BE 1BF 1BE 1BF 1C0 1C1 1C0 1C2 1C2 1C3
1C3 1C4 1C5 1C4 1C6 1C6 1C7 1C7 B7 1C8 B7 1C9 1C9 1C9 1CA 1CA 1CB 1CC 1CC 1CD 1CE 1CD 1CE 1CF 1D0 1D0 1D1 1D2 1D1 1D2 1D3 1D4
1D4 1D5 1D6 1D5 1D6 1D7 1D8 1D8 1D8 1D8 1D7 1D7 1D9 1DA 1DA 1DB 1DC 1DB 1DC 1DE 1DF 1E0 1DF 1DD 1DE 1E0 1E1 0 1E1 1E1 1E1 0
0 1E2 1E3 1E2 1E4 1E5 1E6 1E6 1E7 1E8 1E7 1E8 1E9 1EA 1EA 1EB 1EC 1EB 1EC 1ED 6E 1EE 1EF 1EE 1EF 1F0 1F1 1F1 1F2 1F2 1F3 1F2
1F3 1F4 1F5 1F5 1F6 1F7 1F7 1F8 178 1F8 1F9 1FA 1FA 1FB 1FC 1FB 1FC 1FD 1FE 1FE 1FF 1FF 200 1FF 200 201 202 202 203 203 204 203
204 205 206 206 207 207 208 207 208 209 20A 20A 20B 20B 209 209 20A 209 20C 20D 20D 20E 20F 20E 20F 210 211 211 212 213 212 213
214 215 214 216 216 216 217 217 218 219 218 21A 21A 21B 21B 21C 21D 21C 21C 21C 21D 21D 21E 21F 21F 220 221 220 221 222 223 223
224 225 224 225 223 222 223 226 227 227 228 228 229 228 229 22A 22B 22B 22C 22D 22C 22D 22E 22F 22E 230 230 22F 22F 231 232 232
233 1 233 234 235 235 236 237 236 237 238 239 238 238 238 23A 23A 29 23B 23C 23C 23D 23E 23D 23E 23F 3A 240 241 240 241 242
243 243 243 242 243 242 244 245 245 246 247 246 247 248 249 249 24A 24A 24A 24B 249 24B 24C 24D 24D 24D 24E 24D 24E 24F 250 250
251 251 252 251 252 253 254 254 255 256 255 256 257 258 258 258 258 257 257 258 257 259 25A 25A 25B 25C 25B 25C 25D 25E 25E 25E
25E 25D 25D 25F 260 260 261 262 261 262 90 150 90 150 150 263 264 264 265 266 267 267 268 269 268 269 26A 26B 26B 26C 26D 26C
26D 26E 26C 26E 26F 270 270 271 272 271 272 1A 273 274 273 275 275 276 276 277 278 278 279 153 279 153 27A 27B 27A 27C 27C 27C
27D 27D 27E 27F 27F 280 281 280 281 282 283 283 284 284 285 285 286 287 287 288 288 289 288 289 28A 28B 28B 28C 28D 28C 28D 28E
28F 28F 28F 28F 28E 28E 290 291 291 292 293 292 293 294 295 294 296 296 297 297 298 294 294 299 29A 299 29A 29B 29C 29C 29D 29E
29D 29E 29F D9 2A0 2A1 2A1 2A2 2A3 2A2 2A3 2A4 2A5 2A5 2A6 2A7 2A6 2A7 2A8 2A9 2A9 2AA 2AB 2AA 2AB 2AC 2AD 2AC 2AE 2AE 2AF 2AF
2B0 2B1 2B1 2B2 2B3 2B4 2B4 2B5 2B6 2B5 2B6 2B7 2B8 2B8 2B9 2BA 2B9 2BA 2BB 2BC 2BB 2BD 2BD 2BE 2BE 2BF 2C0 2C0 2C1 2C1 2C2 2C1
2C2 2C3 2C4 2C4 2C5 2C6 2C5 2C6 2C7 2C8 2C8 2C9 2CA 2C9 2CA AB 2C8 AE 2C9 AE 2CB 2C8 2CC 2CA 2CC 2CD 2CE 2CE 2CF 2D0 2CF 2D0
A7 2CE AA 2CF AA 2D1 2CE 2D2 2D0 2D2 2D3 2D4 2D4 2D5 2D5 2D6 2D5 2D6 6D 177 6D 2D7 2D8 2D8 2D9 2DA 2D9 2DA 2DB 2DC 2DB 2DD
2DD 2DD 2DE 2DE 2DF 2E0 2E0 2E1 2E2 2E1 2E2 2E3 2E4 2E4 2E5 2E5 2E6 2E5 2E3 2E4 2E4 2E6 2E8 2E9 2EA 2E9 2E7 2E8 2EA 2EB 2EC 2EC
2ED 2ED 2EE 2EE 2EF 2F0 2EF 2F1 2F1 2F2 2F2 2F3 2F4 2F4 2F5 2F6 2F5 2F6 2F7 2F8 2F7 2F9 2F9 2F9 2FA 2FA 2FB 2FC 2FC 2FD 2FE 2FD
2FE 2FF 300 2FF 2FF 2FF 2FF 301 301 302 303 303 303 302 303 302 302 303 303 303 302 303 302 304 305 305 306 307 306 307 308 309
309 B9 30A B9 308 309 30A 30B 30C 30C 30D 30B 30D 30B 30E 30F 30F 30F 30F 30E 30F 30E 310 311 311 312 313 312 313 314 315 316
315 315 317 315 314 316 317 318 319 319 31A 31B 31A 31B 31C 1D4 31D 1D5 31D 31E 31F 31F 320 321 320 321 322 323 323 323 322 323
322 324 325 325 326 325 324 327 327 326 328 329 329 32A 329 328 32B 32B 32A 32C 32D 32D 32E 32F 32E 32F 4 4 330 2A5 2A6 5
5 49 49 331 332 332 333 334 333 334
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
2AA0 2ADD 2B18 2B41 2B7D 2BCA 2C08 2C32 2C6E 2CA8 2CD0 2D0B 2D57 2D96 2DC1 2DEA 2E26 2E69 2E98 2EC5 2F05 2F44 2F6F 2F98 2FD4 3017 3046 3073 30B3 30F7 3128 3153
317C 31A6 31E2 321E 325A 3283 32AB 32E9 3320 336D 33A7 33CF 3408 343F 347A 34A2 34C9 3501 3539 3579 35A6 35D2 360F 364C 3683 36AC 36D9 3700 3734 3766 37BC 37FF
3841 3867 389F 38D5 3911 393A 3962 39A0 39D7 3A13 3A3C 3A64 3AA2 3AD9 3B2F 3B72 3BB3 3C04 3C44 3C71 3C9D 3CC9 3CF2 3D2F 3D6C 3DAC 3DD9 3E05 3E42 3E7F 3EB5 3EDD
3F09 3F2F 3F62 3F93 3FD7 4008 4038 4060 40A1 40DB 410E 4152 41C0 425B 42C5 42FD 4335 436B 4393 43BA 43ED 4420 445C 448A 44B7 44DE 451C 4553 4598 45CA 45FB 462F
4658 469A 46D5 4720 4758 4789 47BF 4807 4850 4886 48C8 4914 494D 4974 49AB 49E3 4A19 4A60 4A94 4AC7 4AF2 4B36 4B73 4BAE 4BD6 4BFD 4C35 4C6D 4CAE 4CDC 4D09 4D47
4D7E 4DBA 4DE3 4E0B 4E49 4E80 4EC1 4EEF 4F1C 4F5A 4F91 4FD1 500C 5038 5064 508D 50C6 5113 5150 517B 51B6 5205 5256 5292 52E8 532B 536D 53C0 5413 544E 5476 549D
54D5 550B 5547 5570 5598 55D6 560D 564F 567F 56AD 56EC 5723 574C 5779 57A0 57D4 5806 5847 5875 58A2 58E0 5917 5958 5986 59B2 59F0 5A27 5A5E 5A87 5AAF 5AE3 5B15
5B4C 5B75 5B9D 5BD1 5C03 5CA3 5D35 5D60 5D88 5E26 5EB6 5EF0 5F2C 5F55 5F7D 5FBB 5FF2 6043 6081 60C3 6100 6136 616C 6194 61BB 61EE 621F 6249 6284 62AE 62E7 6320
6353 638C 63C5 63EF 641D 645B 64B3 64DC 6504 652A 6562 6589 65C1 65F5 663F 6679 66AE 6708 6755 67AD 6808 683D 689C 68E9 6913 694D 6977 69B1 69F1 6A1E 6A4A 6A88
6ABE 6B38 6B9F 6BF4 6C2B 6C74 6CAA 6CE1 6D0A 6D32 6D66 6D98 6DD6 6E01 6E2B 6E53 6E8E 6EC2 6F03 6F31 6F67 6F8F 6FBB 6FE1 7014 7045 708F 70CB 7106 7136 7186 71CB
720C 724A 7281 72C1 72EE 7325 7358 7382 73B7 73EC 7428 7462 748C 74C1 751F 756F 7596 75CA 7601 7637 765F 7686 76B9 76EA 7720 7748 776F 77A2 77D5 781C 7850 7877
78AF 78E5 7942 798C 79D5 7A2F 7A65 7AA6 7AD4 7AFB 7B39 7B70 7BB0 7BDD 7C09 7C46 7C7C 7CB8 7CE1 7D09 7D47 7D7E 7DB9 7DE1 7E08 7E40 7E78 7EB3 7EE0 7F0C 7F44 7F7A
7FB6 7FDF 8007 8040 8077 80B9 80E8 8116 8155 818B 81C6 81EE 8215 824D 8283 82C6 82F6 8326 8354 8394 83CF 8414 8446 8477 84AD 84EF 8536 8577 85A5 85D1 860F 8646
868B 86BD 86EE 8724 8766 87AD 87F9 8838 8876 88B2 88FB 8938 8980 89D8 8A11 8A38 8A6B 8A9E 8AD9 8B01 8B28 8B60 8B96 8BD1 8BF9 8C20 8C58 8C90 8CD0 8CFD 8D29 8D66
8D9C 8DD8 8E15 8E3E 8E66 8E8B 8EC4 8EFF 8F38 8F74 8F9D 8FC5 9003 903A 9074 909B 90D3 910B 914C 9179 91A5 91E2 9221 9257 928E 92B7 92E4 930B 933F 9371 93AD 93D6
93FE 943C 9473 94AF 94D8 9516 954D 95AB 95F6 961E 9657 9690 96E2 9721 975F 97AE 97E7 981E 9852 9884 98BF 98E7 990E 994B 9981 99D7 9A1A 9A5D 9A9E 9AF1 9B29 9B61
9B8A 9BB2 9BDA 9C0E 9C44 9C78 9CB3 9CDB 9D02 9D3A 9D72 9DAE 9DD7 9DFF 9E3D 9E74 9EAA 9ED2 9EF9 9F2C 9F5D 9F9D 9FCA 9FF6 A01C A059 A08F A0C6 A0EF A117 A13E A177
A1AE A1F2 A223 A253 A27B A2BC A2F6 A336 A363 A38F A3BF A3FC A439 A475 A49E A4DC A513 A54A A573 A59B A5CF A601 A654 A682 A6B4 A6F2 A726 A761 A789 A7B0 A7E8 A820
A85B A883 A8AA A8E2 A91A A96D A9AD A9EC AA25 AA70 AAA8 AAE4 AB0D AB35 AB73 ABAA ABEA AC17 AC43 AC80 ACB6 ACF1 AD19 AD40 AD7D ADB3 ADF4 AE22 AE4F AE88 AEC1 AEF7
AF1F AF46 AF79 AFAA AFD2 AFF9 B031 B06B B0A1 B0E2 B112 B141 B170 B19C B1DA B218 B275 B2BF B2F7 B32D B355 B37C B3AF B3E0 B41C B445 B46D B4AB B4E2 B51E B546 B584
B5BB B61B B668 B6B4 B6DE B71F B772 B7AE B7EA B813 B84F B878 B8A0 B8DE B91A B943 B96B B9A9 B9E0 BA17 BA40 BA6D BA94 BAC8 BAFA BB30 BB58 BB7F BBA5 BBD8 BC09 BC45
BC6E BC96 BCC2 BD00 BD37 BD74 BD9D BDC5 BDFE BE39 BE72 BEAD BED5 BEFC BF34 BF6C BFA7 BFCF C010 C063 C099 C0D9 C106 C132 C158 C190 C1C6 C25F C2BB C316 C382 C3BA
C3FF C431 C462 C4A4 C4DF C523 C554 C584 C5AC C5ED C627 C662 C68A C6B1 C6E9 C71F C74B C78A C7DF C821 C849 C88E C8E5 C91B C952 C97B C9A3 C9D7 CA09 CA56 CA8C CAC1
CAEA CB34 CB73 CBAF CBD8 CC14 CC4B CC86 CCAE CCD5 CD12 CD48 CD87 CDB3 CDDE CE1A CE56 CE89 CEC0 CEE9 CF11 CF45 CF77 CFB1 CFDD D015 D046 D0C3 D128 D155 D1CF D247
D27E D2A7 D2CF D30A D343 D383 D3AC D3D4 D3FA D432 D459 D491 D4D1 D4FE D52A D567 D59D D5FA D644 D689 D6D1 D709 D741 D77C D7A4 D7CB D803 D839 D87E D8AF D8DF D90F
D93C D97D D9C0 DA01 DA3D DA66 DA8E DAC7 DAFE DB53 DB9A DBC8 DBF4 DC33 DC72 DCB2 DCDA DD01 DD3E DD76 DDB6 DDF3 DE30 DE81 DEA9 DEE1 DF17 DF3F DF66 DF99 DFCA E005
E02D E054 E08C E0C4 E0FF E13A E176 E19F E1C7 E205 E23C E275 E2B0 E2D8 E2FF E337 E36F E3AE E3DA E405 E441 E47B E4FE E52C E559 E580 E5B9 E5F2 E62E E657 E67F E6BD
E6F4 E735 E763 E790 E7BA E7F8 E836 E872 E89B E8C3 E8EA E928 E95F E9C8 EA23 EA5B EA9F EAD2 EB16 EB42 EB6D EBA9 EBE5 EC2A EC5C EC8D ECCF ED0A ED45 ED6D ED94 EDCC
EE04 EE3D EE68 EE92 EEC8 EEFE EF5C EFA7 EFF1 F04C F085 F0BC F0F2 F11A F146 F179 F1AA F1E1 F20A F237 F26B F29D F2D9 F307 F339 F372 F3A9 F3E4 F40C F433 F46B F4A1
F4DC F509 F544 F584 F5B1 F5DD F61A F65A F69B F6C9 F6F6 F734 F766 F7A1 F7C9 F7F0 F828 F860 F8A0 F8CD F8F5 F920 F95D F993 F9CE F9F6 FA1D FA55 FA8B FAD0 FB02 FB32
FB74 FBB9 FC06 FC50 FC9D FCEA FD22 FD6C FDB6 FDED FE22 FE69 FEB3 FF00 FF4A FF97 FFE4 1001C 10066 100A1 100C9 100F0 1011B 10153 10189 101C1 101F7 10237 10264 10290 102CD 10303
10343 10370 1039C 103C7 10404 1043A 10476 1049F 104C7 10505 1053C 10578 105A1 105C9 105F4 10631 1066B 10692 106C8 106EF 10715 10738 1076A 107B6 107E6 10825 1084D 10874 108AC 108E6 1091C 10944
1096B 1099E 109D1 10A07 10A2F 10A56 10A89 10ABA 10B17 10B61 10BAA 10BF2 10C4C 10C84 10CC0 10CE9 10D11 10D4F 10D86 10DC3 10DF2 10E20 10E46 10E80 10EB8 10EFC 10F2B 10F59 10F9A 10FD2 1101D 11053
11088 110D0 1110F 1114F 1117C 111A8 111E5 1121D 11263 11295 112C6 11308 1134C 11389 113C5 113EE 11416 11454 1148B 114CC 114FA 11527 11553 11596 115D2 11613 11641 1166E 116AC 116E5 11724 11751
1177D 117A3 117DB 1181A 11852 11892 118BF 118EB 11928 1195E 1199A 119D8 11A0F 11A46 11A6F 11A97 11ACB 11AFD 11B46 11B7C 11BB1 11BF7 11C2D 11C67 11C8E 11CB4 11CF6 11D30 11D57 11D8D 11DCA 11DF4
11E39 11E76 11EA0 11ED9 11F15 11F3E 11F66 11F9F 11FD8 12019 12056 1208D 120B4 120F8 12144 12188 121CD 1220D 1223A 12266 122A3 122DB
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
1 0 0 1 1 1 0 0 1 1 0 0 1 1 0 1 1 0 0 1 1 0 1 0 0 1 0 0 1 1 0 0
1 1 0 0 1 1 0 0 1 1 0 0 1 0 0 1 1 0 0 1 0 1 0 1 0 1 0 1 0 1 1 0
0 1 1 0 0 1 1 0 0 1 1 0 0 1 0 1 0 1 0 1 1 0 0 1 0 1 1 1 0 0 1 1
0 1 1 0 1 0 0 1 1 0 0 1 1 0 1 1 0 0 1 1 0 0 1 1 0 1 0 0 1 1 0 1
0 0 1 1 0 1 1 0 0 1 1 0 0 1 1 1 0 0 1 0 1 0 1 1 0 0 0 1 0 1 1 0
0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 1 0 0 1 0 1 0 1 1 0 1 1 0 0 1 1
1 0 0 1 1 0 0 1 1 0 0 1 0 1 0 1 1 0 1 1 0 0 1 1 0 0 1 0 1 0 1 1
0 0 1 1 0 0 1 1 0 0 1 1 0 1 0 0 1 1 0 1 0 0 1 1 0 0 1 0 1 0 1 1
0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 0 1 0 1 1 0 0 1 0 1 0 1 1 0 0 1 0
1 1 1 0 1 0 0 1 1 0 1 1 0 0 1 0 1 0 0 1 1 0 0 1 1 0 0 1 1 1 1 0
0 1 1 0 1 0 1 0 1 0 1 0 1 0 0 1 1 1 0 0 1
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
