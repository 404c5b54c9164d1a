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
EEEE, d MMMM, y|as|0||sz9E6|n104 l2C l20 d1,2 l20 n105 l2C l20 d4,4
d MMMM, y|as|1||sz9E6|d1,2 l20 n105 l2C l20 d4,4
dd-MM-y|as|2||sz9E6|d2,2 l2D d2,2 l2D d4,4
d-M-y|as|3||sz9E6|d1,2 l2D d1,2 l2D d4,4
d MMM y|as|||sz9E6|d1,2 l20 n106 l20 d4,4
EEE, d MMM y|as|||sz9E6|n107 l2C l20 d1,2 l20 n106 l20 d4,4
EEE, dd-MM-y|as|||sz9E6|n107 l2C l20 d2,2 l2D d2,2 l2D d4,4
EEEE, d MMMM y|asa|0||s|n108 l2C l20 d1,2 l20 n109 l20 d4,4
d MMMM y|asa|1||s|d1,2 l20 n109 l20 d4,4
d MMM y|asa|2||s|d1,2 l20 n110 l20 d4,4
EEE, MMM d, y|asa|||s|n111 l2C l20 n110 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|asa|||s|n111 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM 'de' y|ast|0||s|n112 l2C l20 d1,2 l20 n113 l20 l64 l65 l20 d4,4
d MMMM 'de' y|ast|1||s|d1,2 l20 n113 l20 l64 l65 l20 d4,4
d MMM y|ast|2||s|d1,2 l20 n114 l20 d4,4
EEE, d MMM y|ast|||s|n115 l2C l20 d1,2 l20 n114 l20 d4,4
EEE, d/M/y|ast|||s|n115 l2C l20 d1,2 l2F d1,2 l2F d4,4
d MMMM y, EEEE|az|0||s|d1,2 l20 n116 l20 d4,4 l2C l20 n117
d MMMM y|az|1||s|d1,2 l20 n116 l20 d4,4
d MMM y|az|2||s|d1,2 l20 n118 l20 d4,4
d MMM y, EEE|az|||s|d1,2 l20 n118 l20 d4,4 l2C l20 n119
dd.MM.y, EEE|az|||s|d2,2 l2E d2,2 l2E d4,4 l2C l20 n119
d MMMM y, EEEE|az_Cyrl|0||s|d1,2 l20 n120 l20 d4,4 l2C l20 n121
d MMMM y|az_Cyrl|1||s|d1,2 l20 n120 l20 d4,4
d MMM y|az_Cyrl|2||s|d1,2 l20 n122 l20 d4,4
d MMM y, EEE|az_Cyrl|||s|d1,2 l20 n122 l20 d4,4 l2C l20 n123
dd.MM.y, EEE|az_Cyrl|||s|d2,2 l2E d2,2 l2E d4,4 l2C l20 n123
EEEE d MMMM y|bas|0||s|n124 l20 d1,2 l20 n125 l20 d4,4
d MMMM y|bas|1||s|d1,2 l20 n125 l20 d4,4
d MMM, y|bas|2||s|d1,2 l20 n126 l2C l20 d4,4
d MMM y|bas|||s|d1,2 l20 n126 l20 d4,4
EEE d MMM y|bas|||s|n127 l20 d1,2 l20 n126 l20 d4,4
EEE d/M/y|bas|||s|n127 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y\u{202F}'г'.|be|0|202F|s|n128 l2C l20 d1,2 l20 n129 l20 d4,4 l202F l433 l2E
d MMMM y\u{202F}'г'.|be|1|202F|s|d1,2 l20 n129 l20 d4,4 l202F l433 l2E
d MMM y\u{202F}'г'.|be|2|202F|s|d1,2 l20 n130 l20 d4,4 l202F l433 l2E
d MMM y|be|||s|d1,2 l20 n130 l20 d4,4
EEE, d MMM y|be|||s|n131 l2C l20 d1,2 l20 n130 l20 d4,4
EEE, d.M.y|be|||s|n131 l2C l20 d1,2 l2E d1,2 l2E d4,4
EEEE, d MMMM y|bem|0||s|n132 l2C l20 d1,2 l20 n133 l20 d4,4
d MMMM y|bem|1||s|d1,2 l20 n133 l20 d4,4
d MMM y|bem|2||s|d1,2 l20 n134 l20 d4,4
EEE, MMM d, y|bem|||s|n132 l2C l20 n134 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|bem|||s|n132 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|bez|0||s|n135 l2C l20 d1,2 l20 n136 l20 d4,4
d MMMM y|bez|1||s|d1,2 l20 n136 l20 d4,4
d MMM y|bez|2||s|d1,2 l20 n137 l20 d4,4
EEE, MMM d, y|bez|||s|n138 l2C l20 n137 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|bez|||s|n138 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y\u{202F}'г'.|bg|0|202F|s|n139 l2C l20 d1,2 l20 n140 l20 d4,4 l202F l433 l2E
d MMMM y\u{202F}'г'.|bg|1|202F|s|d1,2 l20 n140 l20 d4,4 l202F l433 l2E
d.MM.y\u{202F}'г'.|bg|2|202F|s|d1,2 l2E d2,2 l2E d4,4 l202F l433 l2E
EEE, d.MM.y\u{202F}'г'.|bg||202F|s|n72 l2C l20 d1,2 l2E d2,2 l2E d4,4 l202F l433 l2E
y MMMM d, EEEE|bgc|0||sz966|d4,4 l20 n141 l20 d1,2 l2C l20 n142
y MMMM d|bgc|1||sz966|d4,4 l20 n141 l20 d1,2
y MMM d|bgc|2||sz966|d4,4 l20 n141 l20 d1,2
y-MM-dd|bgc|3||sz966|d4,4 l2D d2,2 l2D d2,2
y-M-d|bgc|||sz966|d4,4 l2D d1,2 l2D d1,2
y MMM d, EEE|bgc|||sz966|d4,4 l20 n141 l20 d1,2 l2C l20 n142
y-MM-dd, EEE|bgc|||sz966|d4,4 l2D d2,2 l2D d2,2 l2C l20 n142
y MMMM d, EEEE|bho|0||sz966|d4,4 l20 n143 l20 d1,2 l2C l20 n144
y MMMM d|bho|1||sz966|d4,4 l20 n143 l20 d1,2
y MMM d|bho|2||sz966|d4,4 l20 n143 l20 d1,2
y MMM d, EEE|bho|||sz966|d4,4 l20 n143 l20 d1,2 l2C l20 n144
y-MM-dd, EEE|bho|||sz966|d4,4 l2D d2,2 l2D d2,2 l2C l20 n144
EEEE d MMMM y|bm|0||s|n145 l20 d1,2 l20 n146 l20 d4,4
d MMMM y|bm|1||s|d1,2 l20 n146 l20 d4,4
d MMM, y|bm|2||s|d1,2 l20 n147 l2C l20 d4,4
d MMM y|bm|||s|d1,2 l20 n147 l20 d4,4
EEE d MMM y|bm|||s|n148 l20 d1,2 l20 n147 l20 d4,4
EEE d/M/y|bm|||s|n148 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM, y|bn|0||sz9E6|n149 l2C l20 d1,2 l20 n150 l2C l20 d4,4
d MMMM, y|bn|1||sz9E6|d1,2 l20 n150 l2C l20 d4,4
d MMM, y|bn|2||sz9E6|d1,2 l20 n151 l2C l20 d4,4
d/M/y|bn|||sz9E6|d1,2 l2F d1,2 l2F d4,4
EEE, d MMM, y|bn|||sz9E6|n152 l2C l20 d1,2 l20 n151 l2C l20 d4,4
EEE, d/M/y|bn|||sz9E6|n152 l2C l20 d1,2 l2F d1,2 l2F d4,4
d MMM, y|bn_IN|2||sz9E6|d1,2 l20 n153 l2C l20 d4,4
EEE, d MMM, y|bn_IN|||sz9E6|n152 l2C l20 d1,2 l20 n153 l2C l20 d4,4
y MMMMའ\u{F72}\u{F0B}ཚ\u{F7A}ས\u{F0B}d, EEEE|bo|0||s|d4,4 l20 n154 lF60 lF72 lF0B lF5A lF7A lF66 lF0B d1,2 l2C l20 n155
ས\u{FA4}\u{FB1}\u{F72}\u{F0B}ལ\u{F7C}\u{F0B}y MMMMའ\u{F72}\u{F0B}ཚ\u{F7A}ས\u{F0B}d|bo|1||s|lF66 lFA4 lFB1 lF72 lF0B lF63 lF7C lF0B d4,4 l20 n154 lF60 lF72 lF0B lF5A lF7A lF66 lF0B d1,2
y ལ\u{F7C}འ\u{F72}\u{F0B}MMMཚ\u{F7A}ས\u{F0B}d|bo|2||s|d4,4 l20 lF63 lF7C lF60 lF72 lF0B n156 lF5A lF7A lF66 lF0B d1,2
y MMM d, EEE|bo|||s|d4,4 l20 n156 l20 d1,2 l2C l20 n157
y-MM-dd, EEE|bo|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n157
EEEE d MMMM y|br|0||s|n158 l20 d1,2 l20 n159 l20 d4,4
d MMMM y|br|1||s|d1,2 l20 n159 l20 d4,4
d MMM y|br|2||s|d1,2 l20 n160 l20 d4,4
EEE d MMM y|br|||s|n161 l20 d1,2 l20 n160 l20 d4,4
EEE dd/MM/y|br|||s|n161 l20 d2,2 l2F d2,2 l2F d4,4
d MMMM y, EEEE|brx|0||s|d1,2 l20 n162 l20 d4,4 l2C l20 n163
d MMMM, y|brx|1||s|d1,2 l20 n162 l2C l20 d4,4
d MMM, y|brx|2||s|d1,2 l20 n164 l2C l20 d4,4
d MMM y|brx|||s|d1,2 l20 n164 l20 d4,4
EEE, MMM d, y|brx|||s|n165 l2C l20 n164 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|brx|||s|n165 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d. MMMM y.|bs|0||s|n166 l2C l20 d1,2 l2E l20 n167 l20 d4,4 l2E
d. MMMM y.|bs|1||s|d1,2 l2E l20 n167 l20 d4,4 l2E
d. MMM y.|bs|2||s|d1,2 l2E l20 n168 l20 d4,4 l2E
d. M. y.|bs|3||s|d1,2 l2E l20 d1,2 l2E l20 d4,4 l2E
d.M.y.|bs|||s|d1,2 l2E d1,2 l2E d4,4 l2E
EEE, d. MMM y.|bs|||s|n169 l2C l20 d1,2 l2E l20 n168 l20 d4,4 l2E
EEE, d.M.y.|bs|||s|n169 l2C l20 d1,2 l2E d1,2 l2E d4,4 l2E
EEEE, dd. MMMM y.|bs_Cyrl|0||s|n170 l2C l20 d2,2 l2E l20 n171 l20 d4,4 l2E
dd. MMMM y.|bs_Cyrl|1||s|d2,2 l2E l20 n171 l20 d4,4 l2E
dd.MM.y.|bs_Cyrl|2||s|d2,2 l2E d2,2 l2E d4,4 l2E
dd. MMM y.|bs_Cyrl|||s|d2,2 l2E l20 n172 l20 d4,4 l2E
EEE, dd. MMM y.|bs_Cyrl|||s|n173 l2C l20 d2,2 l2E l20 n172 l20 d4,4 l2E
EEEE, d. MMMM y.|bs_Cyrl|||s|n170 l2C l20 d1,2 l2E l20 n171 l20 d4,4 l2E
d. MMMM y.|bs_Cyrl|||s|d1,2 l2E l20 n171 l20 d4,4 l2E
EEE, dd.MM.y.|bs_Cyrl|||s|n173 l2C l20 d2,2 l2E d2,2 l2E d4,4 l2E
EEEE, d MMMM 'de' y|ca|0||s|n174 l2C l20 d1,2 l20 n175 l20 l64 l65 l20 d4,4
d MMMM 'de' y|ca|1||s|d1,2 l20 n175 l20 l64 l65 l20 d4,4
d MMM y|ca|2||s|d1,2 l20 n176 l20 d4,4
d MMM 'de' y|ca|||s|d1,2 l20 n176 l20 l64 l65 l20 d4,4
EEE, d MMM y|ca|||s|n177 l2C l20 d1,2 l20 n176 l20 d4,4
EEE, d/M/y|ca|||s|n177 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM, y|ccp|0||sz11136|n178 l2C l20 d1,2 l20 n179 l2C l20 d4,4
d MMMM, y|ccp|1||sz11136|d1,2 l20 n179 l2C l20 d4,4
d MMM, y|ccp|2||sz11136|d1,2 l20 n180 l2C l20 d4,4
d/M/y|ccp|||sz11136|d1,2 l2F d1,2 l2F d4,4
EEE, d MMM, y|ccp|||sz11136|n181 l2C l20 d1,2 l20 n180 l2C l20 d4,4
EEE, d/M/y|ccp|||sz11136|n181 l2C l20 d1,2 l2F d1,2 l2F d4,4
y MMMM d, EEEE|ce|0||s|d4,4 l20 n182 l20 d1,2 l2C l20 n183
y MMMM d|ce|1||s|d4,4 l20 n182 l20 d1,2
y MMM d|ce|2||s|d4,4 l20 n184 l20 d1,2
y MMM d, EEE|ce|||s|d4,4 l20 n184 l20 d1,2 l2C l20 n185
y-MM-dd, EEE|ce|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n185
EEEE, MMMM d, y|ceb|0||s|n186 l2C l20 n187 l20 d1,2 l2C l20 d4,4
MMMM d, y|ceb|1||s|n187 l20 d1,2 l2C l20 d4,4
MMM d, y|ceb|2||s|n188 l20 d1,2 l2C l20 d4,4
EEE, MMM d, y|ceb|||s|n189 l2C l20 n188 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|ceb|||s|n189 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|cgg|0||s|n190 l2C l20 d1,2 l20 n191 l20 d4,4
d MMMM y|cgg|1||s|d1,2 l20 n191 l20 d4,4
d MMM y|cgg|2||s|d1,2 l20 n192 l20 d4,4
EEE, MMM d, y|cgg|||s|n193 l2C l20 n192 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|cgg|||s|n193 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, MMMM d, y|chr|0||s|n194 l2C l20 n195 l20 d1,2 l2C l20 d4,4
MMMM d, y|chr|1||s|n195 l20 d1,2 l2C l20 d4,4
MMM d, y|chr|2||s|n196 l20 d1,2 l2C l20 d4,4
EEE, MMM d, y|chr|||s|n197 l2C l20 n196 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|chr|||s|n197 l2C l20 d1,2 l2F d1,2 l2F d4,4
y MMMM d, EEEE|ckb|0||sz660|d4,4 l20 n198 l20 d1,2 l2C l20 n199
dی MMMMی y|ckb|1||sz660|d1,2 l6CC l20 n198 l6CC l20 d4,4
y MMM d|ckb|2||sz660|d4,4 l20 n198 l20 d1,2
y-MM-dd|ckb|3||sz660|d4,4 l2D d2,2 l2D d2,2
d/M/y|ckb|||sz660|d1,2 l2F d1,2 l2F d4,4
dی MMMی y|ckb|||sz660|d1,2 l6CC l20 n198 l6CC l20 d4,4
EEE\u{60C} dی MMMی y|ckb|||sz660|n199 l60C l20 d1,2 l6CC l20 n198 l6CC l20 d4,4
EEE\u{60C} d/M/y|ckb|||sz660|n199 l60C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y\u{202F}'ҫ'.|cv|0|202F|s|n200 l2C l20 d1,2 l20 n201 l20 d4,4 l202F l4AB l2E
d MMMM y\u{202F}'ҫ'.|cv|1|202F|s|d1,2 l20 n201 l20 d4,4 l202F l4AB l2E
d MMM y\u{202F}'ҫ'.|cv|2|202F|s|d1,2 l20 n202 l20 d4,4 l202F l4AB l2E
EEE, d MMM y\u{202F}'ҫ'.|cv||202F|s|n203 l2C l20 d1,2 l20 n202 l20 d4,4 l202F l4AB l2E
ccc, dd.MM.y\u{202F}'ҫ'.|cv||202F|s|n203 l2C l20 d2,2 l2E d2,2 l2E d4,4 l202F l4AB l2E
EEEE, d MMMM y|cy|0||s|n204 l2C l20 d1,2 l20 n205 l20 d4,4
d MMMM y|cy|1||s|d1,2 l20 n205 l20 d4,4
d MMM y|cy|2||s|d1,2 l20 n206 l20 d4,4
EEE, d MMM y|cy|||s|n207 l2C l20 d1,2 l20 n206 l20 d4,4
EEE, d/M/y|cy|||s|n207 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|dav|0||s|n208 l2C l20 d1,2 l20 n209 l20 d4,4
d MMMM y|dav|1||s|d1,2 l20 n209 l20 d4,4
d MMM y|dav|2||s|d1,2 l20 n210 l20 d4,4
EEE, MMM d, y|dav|||s|n211 l2C l20 n210 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|dav|||s|n211 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d. MMMM y|de_AT|0||s|n11 l2C l20 d1,2 l2E l20 n212 l20 d4,4
d. MMMM y|de_AT|1||s|d1,2 l2E l20 n212 l20 d4,4
d. MMM y|de_AT|||s|d1,2 l2E l20 n213 l20 d4,4
EEE, d. MMM y|de_AT|||s|n14 l2C l20 d1,2 l2E l20 n213 l20 d4,4
EEEE d MMMM y|dje|0||s|n214 l20 d1,2 l20 n215 l20 d4,4
d MMMM y|dje|1||s|d1,2 l20 n215 l20 d4,4
d MMM, y|dje|2||s|d1,2 l20 n216 l2C l20 d4,4
d MMM y|dje|||s|d1,2 l20 n216 l20 d4,4
EEE d MMM y|dje|||s|n217 l20 d1,2 l20 n216 l20 d4,4
EEE d/M/y|dje|||s|n217 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d, MMMM y|doi|0||s|n218 l2C l20 d1,2 l2C l20 n219 l20 d4,4
d, MMMM y|doi|1||s|d1,2 l2C l20 n219 l20 d4,4
d, MMM y|doi|2||s|d1,2 l2C l20 n220 l20 d4,4
EEE, d, MMM y|doi|||s|n221 l2C l20 d1,2 l2C l20 n220 l20 d4,4
EEE, d/M/y|doi|||s|n221 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d. MMMM y|dsb|0||s|n222 l2C l20 d1,2 l2E l20 n223 l20 d4,4
d. MMMM y|dsb|1||s|d1,2 l2E l20 n223 l20 d4,4
d. MMM y|dsb|||s|d1,2 l2E l20 n224 l20 d4,4
EEE, d. MMM y|dsb|||s|n225 l2C l20 d1,2 l2E l20 n224 l20 d4,4
EEE, d.M.y|dsb|||s|n225 l2C l20 d1,2 l2E d1,2 l2E d4,4
EEEE d MMMM y|dua|0||s|n226 l20 d1,2 l20 n227 l20 d4,4
d MMMM y|dua|1||s|d1,2 l20 n227 l20 d4,4
d MMM y|dua|2||s|d1,2 l20 n228 l20 d4,4
EEE d MMM y|dua|||s|n229 l20 d1,2 l20 n228 l20 d4,4
EEE d/M/y|dua|||s|n229 l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|dyo|0||s|n230 l20 d1,2 l20 n231 l20 d4,4
d MMMM y|dyo|1||s|d1,2 l20 n231 l20 d4,4
d MMM y|dyo|2||s|d1,2 l20 n232 l20 d4,4
EEE d MMM y|dyo|||s|n233 l20 d1,2 l20 n232 l20 d4,4
EEE d/M/y|dyo|||s|n233 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, ས\u{FA4}\u{FB1}\u{F72}\u{F0B}ལ\u{F7C}\u{F0B}y MMMM ཚ\u{F7A}ས\u{F0B}dd|dz|0||szF20|n234 l2C l20 lF66 lFA4 lFB1 lF72 lF0B lF63 lF7C lF0B d4,4 l20 n235 l20 lF5A lF7A lF66 lF0B d2,2
ས\u{FA4}\u{FB1}\u{F72}\u{F0B}ལ\u{F7C}\u{F0B}y MMMM ཚ\u{F7A}ས\u{F0B} dd|dz|1||szF20|lF66 lFA4 lFB1 lF72 lF0B lF63 lF7C lF0B d4,4 l20 n235 l20 lF5A lF7A lF66 lF0B l20 d2,2
y-MM-dd|dz|3||szF20|d4,4 l2D d2,2 l2D d2,2
y-M-d|dz|||szF20|d4,4 l2D d1,2 l2D d1,2
EEEE, ས\u{FA4}\u{FB1}\u{F72}\u{F0B}ལ\u{F7C}\u{F0B}y MMMM ཚ\u{F7A}ས\u{F0B}d|dz|||szF20|n234 l2C l20 lF66 lFA4 lFB1 lF72 lF0B lF63 lF7C lF0B d4,4 l20 n235 l20 lF5A lF7A lF66 lF0B d1,2
ས\u{FA4}\u{FB1}\u{F72}\u{F0B}ལ\u{F7C}\u{F0B}y MMMM ཚ\u{F7A}ས\u{F0B} d|dz|||szF20|lF66 lFA4 lFB1 lF72 lF0B lF63 lF7C lF0B d4,4 l20 n235 l20 lF5A lF7A lF66 lF0B l20 d1,2
EEE, y-M-d|dz|||szF20|n237 l2C l20 d4,4 l2D d1,2 l2D d1,2
EEEE, d MMMM y|ebu|0||s|n238 l2C l20 d1,2 l20 n239 l20 d4,4
d MMMM y|ebu|1||s|d1,2 l20 n239 l20 d4,4
d MMM y|ebu|2||s|d1,2 l20 n240 l20 d4,4
EEE, MMM d, y|ebu|||s|n241 l2C l20 n240 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|ebu|||s|n241 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, MMMM d 'lia' y|ee|0||s|n242 l2C l20 n243 l20 d1,2 l20 l6C l69 l61 l20 d4,4
MMMM d 'lia' y|ee|1||s|n243 l20 d1,2 l20 l6C l69 l61 l20 d4,4
MMM d 'lia', y|ee|2||s|n244 l20 d1,2 l20 l6C l69 l61 l2C l20 d4,4
EEE, MMM d, y|ee|||s|n245 l2C l20 n244 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|ee|||s|n245 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|el|0||s|n246 l20 d1,2 l20 n247 l20 d4,4
d MMMM y|el|1||s|d1,2 l20 n247 l20 d4,4
d MMM y|el|2||s|d1,2 l20 n248 l20 d4,4
EEE d MMM y|el|||s|n249 l20 d1,2 l20 n248 l20 d4,4
EEE d/M/y|el|||s|n249 l20 d1,2 l2F d1,2 l2F d4,4
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
EEEE, d-'a' 'de' MMMM y|eo|0||s|n250 l2C l20 d1,2 l2D l61 l20 l64 l65 l20 n251 l20 d4,4
y-MMMM-dd|eo|1||s|d4,4 l2D n251 l2D d2,2
y-MMM-dd|eo|2||s|d4,4 l2D n252 l2D d2,2
y-MMM-d|eo|||s|d4,4 l2D n252 l2D d1,2
y MMM d, EEE|eo|||s|d4,4 l20 n252 l20 d1,2 l2C l20 n253
y-MMMM-d|eo|||s|d4,4 l2D n251 l2D d1,2
y-MM-dd, EEE|eo|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n253
EEE d/M/y|es_419|||s|n22 l20 d1,2 l2F d1,2 l2F d4,4
d 'de' MMM 'de' y|es_AR|||s|d1,2 l20 l64 l65 l20 n21 l20 l64 l65 l20 d4,4
d MMM 'de' y|es_BO|2||s|d1,2 l20 n21 l20 l64 l65 l20 d4,4
EEE dd-MM-y|es_CL|||s|n22 l20 d2,2 l2D d2,2 l2D d4,4
EEEE dd 'de' MMMM 'de' y|es_HN|0||s|n19 l20 d2,2 l20 l64 l65 l20 n20 l20 l64 l65 l20 d4,4
dd 'de' MMMM 'de' y|es_HN|1||s|d2,2 l20 l64 l65 l20 n20 l20 l64 l65 l20 d4,4
EEEE d 'de' MMMM 'de' y|es_HN|||s|n19 l20 d1,2 l20 l64 l65 l20 n20 l20 l64 l65 l20 d4,4
EEE, d 'de' MMM 'de' y|es_MX|||s|n22 l2C l20 d1,2 l20 l64 l65 l20 n21 l20 l64 l65 l20 d4,4
EEE MM/dd/y|es_PA|||s|n22 l20 d2,2 l2F d2,2 l2F d4,4
EEEE, d 'de' MMMM 'de' y|es_PE|0||s|n19 l2C l20 d1,2 l20 l64 l65 l20 n254 l20 l64 l65 l20 d4,4
d 'de' MMMM 'de' y|es_PE|1||s|d1,2 l20 l64 l65 l20 n254 l20 l64 l65 l20 d4,4
d MMM y|es_PE|2||s|d1,2 l20 n255 l20 d4,4
EEE, d MMM y|es_PE|||s|n22 l2C l20 d1,2 l20 n255 l20 d4,4
d MMM y|es_PY|2||s|d1,2 l20 n256 l20 d4,4
EEE, d MMM y|es_PY|||s|n22 l2C l20 d1,2 l20 n256 l20 d4,4
EEEE, d. MMMM y|et|0||s|n257 l2C l20 d1,2 l2E l20 n258 l20 d4,4
d. MMMM y|et|1||s|d1,2 l2E l20 n258 l20 d4,4
d. MMM y|et|2||s|d1,2 l2E l20 n259 l20 d4,4
EEE, d. MMMM y|et|||s|n260 l2C l20 d1,2 l2E l20 n258 l20 d4,4
EEE, d.M.y|et|||s|n260 l2C l20 d1,2 l2E d1,2 l2E d4,4
y('e')'ko' MMMM'ren' d('a'), EEEE|eu|0||s|d4,4 l28 l65 l29 l6B l6F l20 n261 l72 l65 l6E l20 d1,2 l28 l61 l29 l2C l20 n262
y('e')'ko' MMMM'ren' d('a')|eu|1||s|d4,4 l28 l65 l29 l6B l6F l20 n261 l72 l65 l6E l20 d1,2 l28 l61 l29
y('e')'ko' MMM d('a')|eu|2||s|d4,4 l28 l65 l29 l6B l6F l20 n263 l20 d1,2 l28 l61 l29
y MMM d('a')|eu|||s|d4,4 l20 n263 l20 d1,2 l28 l61 l29
y MMM d('a'), EEE|eu|||s|d4,4 l20 n263 l20 d1,2 l28 l61 l29 l2C l20 n264
y/M/d, EEE|eu|||s|d4,4 l2F d1,2 l2F d1,2 l2C l20 n264
EEEE d MMMM y|ewo|0||s|n265 l20 d1,2 l20 n266 l20 d4,4
d MMMM y|ewo|1||s|d1,2 l20 n266 l20 d4,4
d MMM y|ewo|2||s|d1,2 l20 n267 l20 d4,4
EEE d MMM y|ewo|||s|n268 l20 d1,2 l20 n267 l20 d4,4
EEE d/M/y|ewo|||s|n268 l20 d1,2 l2F d1,2 l2F d4,4
y/M/d|fa|3||z6F0|d4,4 l2F d1,2 l2F d1,2
EEE y/M/d|fa|||z6F0|n269 l20 d4,4 l2F d1,2 l2F d1,2
EEEE d MMMM y|ff|0||s|n270 l20 d1,2 l20 n271 l20 d4,4
d MMMM y|ff|1||s|d1,2 l20 n271 l20 d4,4
d MMM, y|ff|2||s|d1,2 l20 n272 l2C l20 d4,4
d MMM y|ff|||s|d1,2 l20 n272 l20 d4,4
EEE d MMM y|ff|||s|n273 l20 d1,2 l20 n272 l20 d4,4
EEE d/M/y|ff|||s|n273 l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM\u{2E41} y|ff_Adlm|0||sz1E950|n274 l20 d1,2 l20 n275 l2E41 l20 d4,4
d MMMM\u{2E41} y|ff_Adlm|1||sz1E950|d1,2 l20 n275 l2E41 l20 d4,4
d MMM\u{2E41} y|ff_Adlm|2||sz1E950|d1,2 l20 n275 l2E41 l20 d4,4
d-M-y|ff_Adlm|3||sz1E950|d1,2 l2D d1,2 l2D d4,4
EEE\u{2E41} d MMM\u{2E41} y|ff_Adlm|||sz1E950|n276 l2E41 l20 d1,2 l20 n275 l2E41 l20 d4,4
EEE\u{2E41} d-M-y|ff_Adlm|||sz1E950|n276 l2E41 l20 d1,2 l2D d1,2 l2D d4,4
EEEE, MMMM d, y|fil|0||s|n277 l2C l20 n187 l20 d1,2 l2C l20 d4,4
EEE, MMM d, y|fil|||s|n278 l2C l20 n188 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|fil|||s|n278 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d. MMMM y|fo|0||s|n279 l2C l20 d1,2 l2E l20 n280 l20 d4,4
d. MMMM y|fo|1||s|d1,2 l2E l20 n280 l20 d4,4
EEE d. MMM y|fo|||s|n281 l20 d1,2 l2E l20 n59 l20 d4,4
EEE dd.MM.y|fo|||s|n281 l20 d2,2 l2E d2,2 l2E d4,4
d MMM y|fr_CA|2||s|d1,2 l20 n282 l20 d4,4
EEE d MMM y|fr_CA|||s|n18 l20 d1,2 l20 n282 l20 d4,4
EEE y-MM-dd|fr_CA|||s|n18 l20 d4,4 l2D d2,2 l2D d2,2
EEEE, d MMMM y|fr_CH|0||s|n15 l2C l20 d1,2 l20 n16 l20 d4,4
EEE, dd.MM.y|fr_CH|||s|n18 l2C l20 d2,2 l2E d2,2 l2E d4,4
d MMM y|fr_MA|2||s|d1,2 l20 n283 l20 d4,4
EEE d MMM y|fr_MA|||s|n18 l20 d1,2 l20 n283 l20 d4,4
EEEE d 'di' MMMM 'dal' y|fur|0||s|n284 l20 d1,2 l20 l64 l69 l20 n285 l20 l64 l61 l6C l20 d4,4
d 'di' MMMM 'dal' y|fur|1||s|d1,2 l20 l64 l69 l20 n285 l20 l64 l61 l6C l20 d4,4
y MMM d|fur|||s|d4,4 l20 n286 l20 d1,2
EEE d MMM y|fur|||s|n287 l20 d1,2 l20 n286 l20 d4,4
EEE, d/M/y|fur|||s|n287 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|fy|0||s|n288 l20 d1,2 l20 n289 l20 d4,4
d MMMM y|fy|1||s|d1,2 l20 n289 l20 d4,4
d MMM y|fy|2||s|d1,2 l20 n290 l20 d4,4
EEE d MMM y|fy|||s|n291 l20 d1,2 l20 n290 l20 d4,4
EEE d-M-y|fy|||s|n291 l20 d1,2 l2D d1,2 l2D d4,4
EEEE d MMMM y|ga|0||s|n292 l20 d1,2 l20 n293 l20 d4,4
d MMMM y|ga|1||s|d1,2 l20 n293 l20 d4,4
d MMM y|ga|2||s|d1,2 l20 n294 l20 d4,4
EEE d MMM y|ga|||s|n295 l20 d1,2 l20 n294 l20 d4,4
EEE dd/MM/y|ga|||s|n295 l20 d2,2 l2F d2,2 l2F d4,4
EEEE, d'mh' MMMM y|gd|0||s|n296 l2C l20 d1,2 l6D l68 l20 n297 l20 d4,4
d'mh' MMMM y|gd|1||s|d1,2 l6D l68 l20 n297 l20 d4,4
d MMM y|gd|2||s|d1,2 l20 n298 l20 d4,4
EEE, d MMM y|gd|||s|n299 l2C l20 d1,2 l20 n298 l20 d4,4
EEE, d/M/y|gd|||s|n299 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d 'de' MMMM 'de' y|gl|0||s|n300 l2C l20 d1,2 l20 l64 l65 l20 n301 l20 l64 l65 l20 d4,4
d 'de' MMMM 'de' y|gl|1||s|d1,2 l20 l64 l65 l20 n301 l20 l64 l65 l20 d4,4
d 'de' MMM 'de' y|gl|2||s|d1,2 l20 l64 l65 l20 n302 l20 l64 l65 l20 d4,4
EEE, d 'de' MMM 'de' y|gl|||s|n303 l2C l20 d1,2 l20 l64 l65 l20 n302 l20 l64 l65 l20 d4,4
EEE, d/M/y|gl|||s|n303 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d. MMMM y|gsw|0||s|n304 l2C l20 d1,2 l2E l20 n305 l20 d4,4
d. MMMM y|gsw|1||s|d1,2 l2E l20 n305 l20 d4,4
y MMM d|gsw|||s|d4,4 l20 n306 l20 d1,2
EEE, d. MMM y|gsw|||s|n307 l2C l20 d1,2 l2E l20 n306 l20 d4,4
EEE, y-M-d|gsw|||s|n307 l2C l20 d4,4 l2D d1,2 l2D d1,2
EEEE, d MMMM, y|gu|0||s|n308 l2C l20 d1,2 l20 n309 l2C l20 d4,4
d MMMM, y|gu|1||s|d1,2 l20 n309 l2C l20 d4,4
d MMM, y|gu|2||s|d1,2 l20 n310 l2C l20 d4,4
EEE, d MMM, y|gu|||s|n311 l2C l20 d1,2 l20 n310 l2C l20 d4,4
EEE, d/M/y|gu|||s|n311 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|guz|0||s|n312 l2C l20 d1,2 l20 n313 l20 d4,4
d MMMM y|guz|1||s|d1,2 l20 n313 l20 d4,4
d MMM y|guz|2||s|d1,2 l20 n314 l20 d4,4
EEE, MMM d, y|guz|||s|n315 l2C l20 n314 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|guz|||s|n315 l2C l20 d1,2 l2F d1,2 l2F d4,4
y MMMM d, EEEE|gv|0||s|d4,4 l20 n316 l20 d1,2 l2C l20 n317
y MMMM d|gv|1||s|d4,4 l20 n316 l20 d1,2
y MMM d|gv|2||s|d4,4 l20 n318 l20 d1,2
y MMM d, EEE|gv|||s|d4,4 l20 n318 l20 d1,2 l2C l20 n319
y-MM-dd, EEE|gv|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n319
EEEE d MMMM, y|ha|0||s|n320 l20 d1,2 l20 n321 l2C l20 d4,4
d MMMM, y|ha|1||s|d1,2 l20 n321 l2C l20 d4,4
d MMM, y|ha|2||s|d1,2 l20 n322 l2C l20 d4,4
y MMM d, EEE|ha|||s|d4,4 l20 n322 l20 d1,2 l2C l20 n323
EEE, M/d/y|ha|||s|n323 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|haw|0||s|n324 l2C l20 d1,2 l20 n325 l20 d4,4
d MMMM y|haw|1||s|d1,2 l20 n325 l20 d4,4
d MMM y|haw|2||s|d1,2 l20 n326 l20 d4,4
EEE, d MMM y|haw|||s|n327 l2C l20 d1,2 l20 n326 l20 d4,4
EEE, d/M/y|haw|||s|n327 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d בMMMM y|he|0||s|n328 l2C l20 d1,2 l20 l5D1 n329 l20 d4,4
d בMMMM y|he|1||s|d1,2 l20 l5D1 n329 l20 d4,4
d בMMM y|he|2||s|d1,2 l20 l5D1 n330 l20 d4,4
EEE, d בMMM y|he|||s|n331 l2C l20 d1,2 l20 l5D1 n330 l20 d4,4
EEE, d.M.y|he|||s|n331 l2C l20 d1,2 l2E d1,2 l2E d4,4
EEEE, d MMMM y|hi|0||s|n332 l2C l20 d1,2 l20 n333 l20 d4,4
d MMMM y|hi|1||s|d1,2 l20 n333 l20 d4,4
d MMM y|hi|2||s|d1,2 l20 n334 l20 d4,4
EEE, d MMM y|hi|||s|n335 l2C l20 d1,2 l20 n334 l20 d4,4
EEE, d/M/y|hi|||s|n335 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM, y|hi_Latn|0||s|n336 l2C l20 d1,2 l20 n3 l2C l20 d4,4
d MMMM, y|hi_Latn|1||s|d1,2 l20 n3 l2C l20 d4,4
dd MMM, y|hi_Latn|2||s|d2,2 l20 n1 l2C l20 d4,4
d MMM, y|hi_Latn|||s|d1,2 l20 n1 l2C l20 d4,4
EEE, d MMM, y|hi_Latn|||s|n337 l2C l20 d1,2 l20 n1 l2C l20 d4,4
EEE, d/M/y|hi_Latn|||s|n337 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d. MMMM y.|hr|0||s|n166 l2C l20 d1,2 l2E l20 n338 l20 d4,4 l2E
d. MMMM y.|hr|1||s|d1,2 l2E l20 n338 l20 d4,4 l2E
d. MMM y.|hr|2||s|d1,2 l2E l20 n339 l20 d4,4 l2E
dd. MM. y.|hr|3||s|d2,2 l2E l20 d2,2 l2E l20 d4,4 l2E
EEE, d. MMM y.|hr|||s|n169 l2C l20 d1,2 l2E l20 n339 l20 d4,4 l2E
EEE, dd. MM. y.|hr|||s|n169 l2C l20 d2,2 l2E l20 d2,2 l2E l20 d4,4 l2E
EEEE, d. MMMM y|hsb|0||s|n340 l2C l20 d1,2 l2E l20 n341 l20 d4,4
d. MMMM y|hsb|1||s|d1,2 l2E l20 n341 l20 d4,4
d. MMM y|hsb|||s|d1,2 l2E l20 n342 l20 d4,4
EEE, d. MMM y|hsb|||s|n343 l2C l20 d1,2 l2E l20 n342 l20 d4,4
EEE, d.M.y|hsb|||s|n343 l2C l20 d1,2 l2E d1,2 l2E d4,4
y. MMMM d., EEEE|hu|0||s|d4,4 l2E l20 n344 l20 d1,2 l2E l2C l20 n345
y. MMMM d.|hu|1||s|d4,4 l2E l20 n344 l20 d1,2 l2E
y. MMM d.|hu|2||s|d4,4 l2E l20 n346 l20 d1,2 l2E
y. MM. dd.|hu|3||s|d4,4 l2E l20 d2,2 l2E l20 d2,2 l2E
y. MMM d., EEE|hu|||s|d4,4 l2E l20 n346 l20 d1,2 l2E l2C l20 n347
y. MM. dd., EEE|hu|||s|d4,4 l2E l20 d2,2 l2E l20 d2,2 l2E l2C l20 n347
y թ. MMMM d, EEEE|hy|0||s|d4,4 l20 l569 l2E l20 n348 l20 d1,2 l2C l20 n349
dd MMMM, y թ.|hy|1||s|d2,2 l20 n348 l2C l20 d4,4 l20 l569 l2E
dd MMM, y թ.|hy|2||s|d2,2 l20 n350 l2C l20 d4,4 l20 l569 l2E
d MMM, y թ.|hy|||s|d1,2 l20 n350 l2C l20 d4,4 l20 l569 l2E
y թ. MMM d, EEE|hy|||s|d4,4 l20 l569 l2E l20 n350 l20 d1,2 l2C l20 n351
d MMMM, y թ.|hy|||s|d1,2 l20 n348 l2C l20 d4,4 l20 l569 l2E
d.MM.y թ., EEE|hy|||s|d1,2 l2E d2,2 l2E d4,4 l20 l569 l2E l2C l20 n351
EEEE 'le' d 'de' MMMM y|ia|0||s|n352 l20 l6C l65 l20 d1,2 l20 l64 l65 l20 n353 l20 d4,4
d 'de' MMMM y|ia|1||s|d1,2 l20 l64 l65 l20 n353 l20 d4,4
d MMM y|ia|2||s|d1,2 l20 n354 l20 d4,4
EEE d MMM y|ia|||s|n355 l20 d1,2 l20 n354 l20 d4,4
EEE dd-MM-y|ia|||s|n355 l20 d2,2 l2D d2,2 l2D d4,4
EEEE, d MMMM y|ig|0||s|n356 l2C l20 d1,2 l20 n357 l20 d4,4
d MMMM y|ig|1||s|d1,2 l20 n357 l20 d4,4
d MMM y|ig|2||s|d1,2 l20 n358 l20 d4,4
EEE, d MMM y|ig|||s|n359 l2C l20 d1,2 l20 n358 l20 d4,4
EEE, d/M/y|ig|||s|n359 l2C l20 d1,2 l2F d1,2 l2F d4,4
y MMMM d, EEEE|ii|0||s|d4,4 l20 n360 l20 d1,2 l2C l20 n361
y MMMM d|ii|1||s|d4,4 l20 n360 l20 d1,2
y MMM d|ii|2||s|d4,4 l20 n360 l20 d1,2
y MMM d, EEE|ii|||s|d4,4 l20 n360 l20 d1,2 l2C l20 n362
y-MM-dd, EEE|ii|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n362
EEEE, d. MMMM y|is|0||s|n363 l2C l20 d1,2 l2E l20 n364 l20 d4,4
d. MMMM y|is|1||s|d1,2 l2E l20 n364 l20 d4,4
d. MMM y|is|2||s|d1,2 l2E l20 n365 l20 d4,4
EEE, d. MMM y|is|||s|n366 l2C l20 d1,2 l2E l20 n365 l20 d4,4
EEE, d.M.y|is|||s|n366 l2C l20 d1,2 l2E d1,2 l2E d4,4
EEEE, d MMMM y|it_CH|0||s|n34 l2C l20 d1,2 l20 n35 l20 d4,4
EEEE, y MMMM dd|jgo|0||s|n367 l2C l20 d4,4 l20 n368 l20 d2,2
y MMMM d|jgo|1||s|d4,4 l20 n368 l20 d1,2
y MMM d|jgo|2||s|d4,4 l20 n368 l20 d1,2
M.d.y|jgo|||s|d1,2 l2E d1,2 l2E d4,4
y MMM d, EEE|jgo|||s|d4,4 l20 n368 l20 d1,2 l2C l20 n367
EEEE, y MMMM d|jgo|||s|n367 l2C l20 d4,4 l20 n368 l20 d1,2
y-MM-dd, EEE|jgo|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n367
EEEE, d MMMM y|jmc|0||s|n369 l2C l20 d1,2 l20 n370 l20 d4,4
d MMMM y|jmc|1||s|d1,2 l20 n370 l20 d4,4
d MMM y|jmc|2||s|d1,2 l20 n371 l20 d4,4
EEE, MMM d, y|jmc|||s|n372 l2C l20 n371 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|jmc|||s|n372 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|jv|0||s|n373 l2C l20 d1,2 l20 n79 l20 d4,4
d MMM y|jv|2||s|d1,2 l20 n374 l20 d4,4
EEE, d MMM y|jv|||s|n375 l2C l20 d1,2 l20 n374 l20 d4,4
EEE, dd-MM-y|jv|||s|n375 l2C l20 d2,2 l2D d2,2 l2D d4,4
EEEE, dd MMMM, y|ka|0||s|n376 l2C l20 d2,2 l20 n377 l2C l20 d4,4
d MMMM, y|ka|1||s|d1,2 l20 n377 l2C l20 d4,4
d MMM. y|ka|2||s|d1,2 l20 n378 l2E l20 d4,4
EEE, d MMM. y|ka|||s|n379 l2C l20 d1,2 l20 n378 l2E l20 d4,4
EEEE, d MMMM, y|ka|||s|n376 l2C l20 d1,2 l20 n377 l2C l20 d4,4
EEE, d.M.y|ka|||s|n379 l2C l20 d1,2 l2E d1,2 l2E d4,4
EEEE d MMMM y|kab|0||s|n380 l20 d1,2 l20 n381 l20 d4,4
d MMMM y|kab|1||s|d1,2 l20 n381 l20 d4,4
d MMM, y|kab|2||s|d1,2 l20 n382 l2C l20 d4,4
d MMM y|kab|||s|d1,2 l20 n382 l20 d4,4
EEE d MMM y|kab|||s|n383 l20 d1,2 l20 n382 l20 d4,4
EEE d/M/y|kab|||s|n383 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|kam|0||s|n384 l2C l20 d1,2 l20 n385 l20 d4,4
d MMMM y|kam|1||s|d1,2 l20 n385 l20 d4,4
d MMM y|kam|2||s|d1,2 l20 n386 l20 d4,4
EEE, MMM d, y|kam|||s|n387 l2C l20 n386 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|kam|||s|n387 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|kde|0||s|n388 l2C l20 d1,2 l20 n389 l20 d4,4
d MMMM y|kde|1||s|d1,2 l20 n389 l20 d4,4
EEE, MMM d, y|kde|||s|n390 l2C l20 n371 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|kde|||s|n390 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d 'di' MMMM 'di' y|kea|0||s|n391 l2C l20 d1,2 l20 l64 l69 l20 n392 l20 l64 l69 l20 d4,4
d 'di' MMMM 'di' y|kea|1||s|d1,2 l20 l64 l69 l20 n392 l20 l64 l69 l20 d4,4
d MMM y|kea|2||s|d1,2 l20 n393 l20 d4,4
EEE, d MMM y|kea|||s|n394 l2C l20 d1,2 l20 n393 l20 d4,4
EEE, dd/MM/y|kea|||s|n394 l2C l20 d2,2 l2F d2,2 l2F d4,4
EEEE, d 'ne' MMMM, y|kgp|0||s|n395 l2C l20 d1,2 l20 l6E l65 l20 n396 l2C l20 d4,4
d 'ne' MMMM, y|kgp|1||s|d1,2 l20 l6E l65 l20 n396 l2C l20 d4,4
d 'ne' MMM, y|kgp|2||s|d1,2 l20 l6E l65 l20 n397 l2C l20 d4,4
EEE, d 'ne' MMM, y|kgp|||s|n398 l2C l20 d1,2 l20 l6E l65 l20 n397 l2C l20 d4,4
EEE, dd/MM/y|kgp|||s|n398 l2C l20 d2,2 l2F d2,2 l2F d4,4
EEEE d MMMM y|khq|0||s|n399 l20 d1,2 l20 n215 l20 d4,4
EEE d MMM y|khq|||s|n400 l20 d1,2 l20 n216 l20 d4,4
EEE d/M/y|khq|||s|n400 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|ki|0||s|n401 l2C l20 d1,2 l20 n402 l20 d4,4
d MMMM y|ki|1||s|d1,2 l20 n402 l20 d4,4
d MMM y|ki|2||s|d1,2 l20 n403 l20 d4,4
EEE, MMM d, y|ki|||s|n404 l2C l20 n403 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|ki|||s|n404 l2C l20 d1,2 l2F d1,2 l2F d4,4
y\u{202F}'ж'. d MMMM, EEEE|kk|0|202F|s|d4,4 l202F l436 l2E l20 d1,2 l20 n405 l2C l20 n406
y\u{202F}'ж'. d MMMM|kk|1|202F|s|d4,4 l202F l436 l2E l20 d1,2 l20 n405
y\u{202F}'ж'. dd MMM|kk|2|202F|s|d4,4 l202F l436 l2E l20 d2,2 l20 n407
y\u{202F}'ж'. d MMM|kk||202F|s|d4,4 l202F l436 l2E l20 d1,2 l20 n407
y\u{202F}'ж'. d MMM, EEE|kk||202F|s|d4,4 l202F l436 l2E l20 d1,2 l20 n407 l2C l20 n408
dd.MM.y, EEE|kk|||s|d2,2 l2E d2,2 l2E d4,4 l2C l20 n408
EEEE dd MMMM y|kkj|0||s|n409 l20 d2,2 l20 n410 l20 d4,4
d MMMM y|kkj|1||s|d1,2 l20 n410 l20 d4,4
d MMM y|kkj|2||s|d1,2 l20 n410 l20 d4,4
dd/MM y|kkj|3||s|d2,2 l2F d2,2 l20 d4,4
EEE d MMM y|kkj|||s|n409 l20 d1,2 l20 n410 l20 d4,4
EEEE d MMMM y|kkj|||s|n409 l20 d1,2 l20 n410 l20 d4,4
EEE dd/MM y|kkj|||s|n409 l20 d2,2 l2F d2,2 l20 d4,4
y MMMM d, EEEE|kl|0||s|d4,4 l20 n411 l20 d1,2 l2C l20 n412
y MMMM d|kl|1||s|d4,4 l20 n411 l20 d1,2
y MMM d|kl|2||s|d4,4 l20 n413 l20 d1,2
y MMM d, EEE|kl|||s|d4,4 l20 n413 l20 d1,2 l2C l20 n414
y-MM-dd, EEE|kl|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n414
EEEE, d MMMM y|kln|0||s|n415 l2C l20 d1,2 l20 n416 l20 d4,4
d MMMM y|kln|1||s|d1,2 l20 n416 l20 d4,4
d MMM y|kln|2||s|d1,2 l20 n417 l20 d4,4
EEE, MMM d, y|kln|||s|n418 l2C l20 n417 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|kln|||s|n418 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|km|0||s|n419 l20 d1,2 l20 n420 l20 d4,4
d MMMM y|km|1||s|d1,2 l20 n420 l20 d4,4
d MMM y|km|2||s|d1,2 l20 n420 l20 d4,4
EEE d MMM y|km|||s|n421 l20 d1,2 l20 n420 l20 d4,4
EEE d/M/y|km|||s|n421 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, MMMM d, y|kn|0||s|n422 l2C l20 n423 l20 d1,2 l2C l20 d4,4
MMMM d, y|kn|1||s|n423 l20 d1,2 l2C l20 d4,4
MMM d, y|kn|2||s|n424 l20 d1,2 l2C l20 d4,4
MMM d,y|kn|||s|n424 l20 d1,2 l2C d4,4
EEE, MMM d, y|kn|||s|n425 l2C l20 n424 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|kn|||s|n425 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|kok|0||s|n426 l20 d1,2 l20 n427 l20 d4,4
d MMMM y|kok|1||s|d1,2 l20 n427 l20 d4,4
d-MMM-y|kok|2||s|d1,2 l2D n427 l2D d4,4
y MMM d|kok|||s|d4,4 l20 n427 l20 d1,2
y MMM d, EEE|kok|||s|d4,4 l20 n427 l20 d1,2 l2C l20 n426
d-M-y, EEE|kok|||s|d1,2 l2D d1,2 l2D d4,4 l2C l20 n426
EEEE, MMMM d, y|ks|0||sz6F0|n428 l2C l20 n429 l20 d1,2 l2C l20 d4,4
MMMM d, y|ks|1||sz6F0|n429 l20 d1,2 l2C l20 d4,4
MMM d, y|ks|2||sz6F0|n429 l20 d1,2 l2C l20 d4,4
M/d/y|ks|||sz6F0|d1,2 l2F d1,2 l2F d4,4
EEE, MMM d, y|ks|||sz6F0|n430 l2C l20 n429 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|ks|||sz6F0|n430 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|ks_Deva|0||s|n431 l2C l20 d1,2 l20 n432 l20 d4,4
d MMMM y|ks_Deva|1||s|d1,2 l20 n432 l20 d4,4
d MMM y|ks_Deva|2||s|d1,2 l20 n432 l20 d4,4
MMM d, y|ks_Deva|||s|n432 l20 d1,2 l2C l20 d4,4
y MMM d, EEE|ks_Deva|||s|d4,4 l20 n432 l20 d1,2 l2C l20 n431
y-MM-dd, EEE|ks_Deva|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n431
EEEE, d MMMM y|ksb|0||s|n433 l2C l20 d1,2 l20 n434 l20 d4,4
d MMMM y|ksb|1||s|d1,2 l20 n434 l20 d4,4
EEE, MMM d, y|ksb|||s|n435 l2C l20 n371 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|ksb|||s|n435 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|ksf|0||s|n436 l20 d1,2 l20 n437 l20 d4,4
d MMMM y|ksf|1||s|d1,2 l20 n437 l20 d4,4
d MMM y|ksf|2||s|d1,2 l20 n438 l20 d4,4
EEE d MMM y|ksf|||s|n439 l20 d1,2 l20 n438 l20 d4,4
EEE d/M/y|ksf|||s|n439 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, 'dä' d. MMMM y|ksh|0||s|n440 l2C l20 l64 lE4 l20 d1,2 l2E l20 n441 l20 d4,4
d. MMMM y|ksh|1||s|d1,2 l2E l20 n441 l20 d4,4
d. MMM. y|ksh|2||s|d1,2 l2E l20 n442 l2E l20 d4,4
EEE d. MMM. y|ksh|||s|n443 l20 d1,2 l2E l20 n442 l2E l20 d4,4
EEE y-MM-dd|ksh|||s|n443 l20 d4,4 l2D d2,2 l2D d2,2
y MMMM d, EEEE|ku|0||s|d4,4 l20 n444 l20 d1,2 l2C l20 n445
y MMMM d|ku|1||s|d4,4 l20 n444 l20 d1,2
y MMM d|ku|2||s|d4,4 l20 n446 l20 d1,2
y MMM d, EEE|ku|||s|d4,4 l20 n446 l20 d1,2 l2C l20 n447
y-MM-dd, EEE|ku|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n447
y MMMM d, EEEE|kw|0||s|d4,4 l20 n448 l20 d1,2 l2C l20 n449
y MMMM d|kw|1||s|d4,4 l20 n448 l20 d1,2
y MMM d|kw|2||s|d4,4 l20 n450 l20 d1,2
y MMM d, EEE|kw|||s|d4,4 l20 n450 l20 d1,2 l2C l20 n451
y-MM-dd, EEE|kw|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n451
y-'ж'., d-MMMM, EEEE|ky|0||s|d4,4 l2D l436 l2E l2C l20 d1,2 l2D n182 l2C l20 n452
y-'ж'., d-MMMM|ky|1||s|d4,4 l2D l436 l2E l2C l20 d1,2 l2D n182
y-'ж'., d-MMM|ky|2||s|d4,4 l2D l436 l2E l2C l20 d1,2 l2D n453
y-'ж'. d-MMM|ky|||s|d4,4 l2D l436 l2E l20 d1,2 l2D n453
y-'ж'. d-MMM, EEE|ky|||s|d4,4 l2D l436 l2E l20 d1,2 l2D n453 l2C l20 n454
y-dd-MM, EEE|ky|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n454
EEEE, d MMMM y|lag|0||s|n455 l2C l20 d1,2 l20 n456 l20 d4,4
d MMMM y|lag|1||s|d1,2 l20 n456 l20 d4,4
d MMM y|lag|2||s|d1,2 l20 n457 l20 d4,4
EEE, MMM d, y|lag|||s|n458 l2C l20 n457 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|lag|||s|n458 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d. MMMM y|lb|0||s|n459 l2C l20 d1,2 l2E l20 n460 l20 d4,4
d. MMMM y|lb|1||s|d1,2 l2E l20 n460 l20 d4,4
d. MMM y|lb|2||s|d1,2 l2E l20 n461 l20 d4,4
EEE, d. MMM y|lb|||s|n462 l2C l20 d1,2 l2E l20 n461 l20 d4,4
EEE, d.M.y|lb|||s|n462 l2C l20 d1,2 l2E d1,2 l2E d4,4
EEEE, d MMMM y|lg|0||s|n463 l2C l20 d1,2 l20 n464 l20 d4,4
d MMMM y|lg|1||s|d1,2 l20 n464 l20 d4,4
d MMM y|lg|2||s|d1,2 l20 n465 l20 d4,4
EEE, MMM d, y|lg|||s|n466 l2C l20 n465 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|lg|||s|n466 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, MMMM d, y|lkt|0||s|n467 l2C l20 n468 l20 d1,2 l2C l20 d4,4
MMMM d, y|lkt|1||s|n468 l20 d1,2 l2C l20 d4,4
MMM d, y|lkt|2||s|n468 l20 d1,2 l2C l20 d4,4
y MMM d, EEE|lkt|||s|d4,4 l20 n468 l20 d1,2 l2C l20 n467
y-MM-dd, EEE|lkt|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n467
EEEE d MMMM y|ln|0||s|n469 l20 d1,2 l20 n470 l20 d4,4
d MMMM y|ln|1||s|d1,2 l20 n470 l20 d4,4
d MMM y|ln|2||s|d1,2 l20 n471 l20 d4,4
EEE d MMM y|ln|||s|n472 l20 d1,2 l20 n471 l20 d4,4
EEE d/M/y|ln|||s|n472 l20 d1,2 l2F d1,2 l2F d4,4
d MMMM y|lo|1||s|d1,2 l20 n474 l20 d4,4
d MMM y|lo|2||s|d1,2 l20 n475 l20 d4,4
EEE, d MMM y|lo|||s|n476 l2C l20 d1,2 l20 n475 l20 d4,4
EEEE, d MMMM y|lo|||s|n473 l2C l20 d1,2 l20 n474 l20 d4,4
EEE, d/M/y|lo|||s|n476 l2C l20 d1,2 l2F d1,2 l2F d4,4
y MMMM d, EEEE|lrc_IQ|0||sz6F0|d4,4 l20 n477 l20 d1,2 l2C l20 n0
y MMMM d|lrc_IQ|1||sz6F0|d4,4 l20 n477 l20 d1,2
y MMM d|lrc_IQ|2||sz6F0|d4,4 l20 n477 l20 d1,2
y-MM-dd|lrc_IQ|3||sz6F0|d4,4 l2D d2,2 l2D d2,2
y-M-d|lrc_IQ|||sz6F0|d4,4 l2D d1,2 l2D d1,2
y MMM d, EEE|lrc_IQ|||sz6F0|d4,4 l20 n477 l20 d1,2 l2C l20 n0
y-MM-dd, EEE|lrc_IQ|||sz6F0|d4,4 l2D d2,2 l2D d2,2 l2C l20 n0
y 'm'. MMMM d 'd'., EEEE|lt|0||s|d4,4 l20 l6D l2E l20 n478 l20 d1,2 l20 l64 l2E l2C l20 n479
y 'm'. MMMM d 'd'.|lt|1||s|d4,4 l20 l6D l2E l20 n478 l20 d1,2 l20 l64 l2E
y-MM-dd, EEE|lt|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n480
EEEE d MMMM y|lu|0||s|n481 l20 d1,2 l20 n482 l20 d4,4
d MMMM y|lu|1||s|d1,2 l20 n482 l20 d4,4
d MMM y|lu|2||s|d1,2 l20 n483 l20 d4,4
EEE d MMM y|lu|||s|n484 l20 d1,2 l20 n483 l20 d4,4
EEE d/M/y|lu|||s|n484 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|luo|0||s|n485 l2C l20 d1,2 l20 n486 l20 d4,4
d MMMM y|luo|1||s|d1,2 l20 n486 l20 d4,4
d MMM y|luo|2||s|d1,2 l20 n487 l20 d4,4
EEE, MMM d, y|luo|||s|n488 l2C l20 n487 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|luo|||s|n488 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|luy|0||s|n489 l2C l20 d1,2 l20 n109 l20 d4,4
d MMM y|luy|2||s|d1,2 l20 n490 l20 d4,4
EEE, MMM d, y|luy|||s|n491 l2C l20 n490 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|luy|||s|n491 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, y. 'gada' d. MMMM|lv|0||s|n492 l2C l20 d4,4 l2E l20 l67 l61 l64 l61 l20 d1,2 l2E l20 n493
y. 'gada' d. MMMM|lv|1||s|d4,4 l2E l20 l67 l61 l64 l61 l20 d1,2 l2E l20 n493
y. 'gada' d. MMM|lv|2||s|d4,4 l2E l20 l67 l61 l64 l61 l20 d1,2 l2E l20 n494
d.MM.y.|lv|||s|d1,2 l2E d2,2 l2E d4,4 l2E
y. 'g'. d. MMM|lv|||s|d4,4 l2E l20 l67 l2E l20 d1,2 l2E l20 n494
EEE, y. 'g'. d. MMM|lv|||s|n495 l2C l20 d4,4 l2E l20 l67 l2E l20 d1,2 l2E l20 n494
EEE, d.MM.y.|lv|||s|n495 l2C l20 d1,2 l2E d2,2 l2E d4,4 l2E
EEEE, d MMMM y|mai|0||s|n496 l2C l20 d1,2 l20 n497 l20 d4,4
d MMMM y|mai|1||s|d1,2 l20 n497 l20 d4,4
EEEE, d MMMM y|mas|0||s|n498 l2C l20 d1,2 l20 n499 l20 d4,4
d MMMM y|mas|1||s|d1,2 l20 n499 l20 d4,4
d MMM y|mas|2||s|d1,2 l20 n500 l20 d4,4
EEE, MMM d, y|mas|||s|n372 l2C l20 n500 l20 d1,2 l2C l20 d4,4
EEEE, d MMMM y|mer|0||s|n501 l2C l20 d1,2 l20 n502 l20 d4,4
d MMMM y|mer|1||s|d1,2 l20 n502 l20 d4,4
d MMM y|mer|2||s|d1,2 l20 n503 l20 d4,4
EEE, MMM d, y|mer|||s|n504 l2C l20 n503 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|mer|||s|n504 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|mfe|0||s|n505 l20 d1,2 l20 n506 l20 d4,4
d MMMM y|mfe|1||s|d1,2 l20 n506 l20 d4,4
d MMM, y|mfe|2||s|d1,2 l20 n507 l2C l20 d4,4
d MMM y|mfe|||s|d1,2 l20 n507 l20 d4,4
EEE d MMM y|mfe|||s|n508 l20 d1,2 l20 n507 l20 d4,4
EEE d/M/y|mfe|||s|n508 l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|mg|0||s|n509 l20 d1,2 l20 n510 l20 d4,4
d MMMM y|mg|1||s|d1,2 l20 n510 l20 d4,4
y MMM d|mg|2||s|d4,4 l20 n511 l20 d1,2
d MMM y|mg|||s|d1,2 l20 n511 l20 d4,4
EEE d MMM y|mg|||s|n512 l20 d1,2 l20 n511 l20 d4,4
EEE d/M/y|mg|||s|n512 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|mgh|0||s|n513 l2C l20 d1,2 l20 n514 l20 d4,4
d MMMM y|mgh|1||s|d1,2 l20 n514 l20 d4,4
d MMM y|mgh|2||s|d1,2 l20 n515 l20 d4,4
MMM d, y|mgh|||s|n515 l20 d1,2 l2C l20 d4,4
EEE, MMM d, y|mgh|||s|n516 l2C l20 n515 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|mgh|||s|n516 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, y MMMM dd|mgo|0||s|n517 l2C l20 d4,4 l20 n518 l20 d2,2
y MMMM d|mgo|1||s|d4,4 l20 n518 l20 d1,2
y MMM d|mgo|2||s|d4,4 l20 n519 l20 d1,2
y MMM d, EEE|mgo|||s|d4,4 l20 n519 l20 d1,2 l2C l20 n517
EEEE, y MMMM d|mgo|||s|n517 l2C l20 d4,4 l20 n518 l20 d1,2
y-MM-dd, EEE|mgo|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n517
EEEE, d MMMM y|mi|0||s|n520 l2C l20 d1,2 l20 n521 l20 d4,4
d MMMM y|mi|1||s|d1,2 l20 n521 l20 d4,4
d MMM y|mi|2||s|d1,2 l20 n522 l20 d4,4
EEE, d MMM y|mi|||s|n523 l2C l20 d1,2 l20 n522 l20 d4,4
EEE, dd-MM-y|mi|||s|n523 l2C l20 d2,2 l2D d2,2 l2D d4,4
EEEE, d MMMM y|mk|0||s|n524 l2C l20 d1,2 l20 n525 l20 d4,4
d MMMM y|mk|1||s|d1,2 l20 n525 l20 d4,4
d MMM y\u{202F}'г'.|mk||202F|s|d1,2 l20 n526 l20 d4,4 l202F l433 l2E
EEE, d MMM y\u{202F}'г'.|mk||202F|s|n527 l2C l20 d1,2 l20 n526 l20 d4,4 l202F l433 l2E
EEE, d.M.y|mk|||s|n527 l2C l20 d1,2 l2E d1,2 l2E d4,4
y, MMMM d, EEEE|ml|0||s|d4,4 l2C l20 n528 l20 d1,2 l2C l20 n529
y, MMMM d|ml|1||s|d4,4 l2C l20 n528 l20 d1,2
y, MMM d|ml|2||s|d4,4 l2C l20 n530 l20 d1,2
y MMM d|ml|||s|d4,4 l20 n530 l20 d1,2
y MMM d, EEE|ml|||s|d4,4 l20 n530 l20 d1,2 l2C l20 n531
d-M-y, EEE|ml|||s|d1,2 l2D d1,2 l2D d4,4 l2C l20 n531
y\u{202F}'оны' MMMM'ын' d, EEEE 'гараг'|mn|0|202F|s|d4,4 l202F l43E l43D l44B l20 n532 l44B l43D l20 d1,2 l2C l20 n533 l20 l433 l430 l440 l430 l433
y\u{202F}'оны' MMMM'ын' d|mn|1|202F|s|d4,4 l202F l43E l43D l44B l20 n532 l44B l43D l20 d1,2
y\u{202F}'оны' MMM'ын' d|mn|2|202F|s|d4,4 l202F l43E l43D l44B l20 n534 l44B l43D l20 d1,2
y\u{202F}'оны' MMM'ын' d. EEE|mn||202F|s|d4,4 l202F l43E l43D l44B l20 n534 l44B l43D l20 d1,2 l2E l20 n535
y.MM.dd. EEE|mn|||s|d4,4 l2E d2,2 l2E d2,2 l2E l20 n535
MMMM d, y, EEEE|mni|0||sz9E6|n536 l20 d1,2 l2C l20 d4,4 l2C l20 n537
MMMM d, y|mni|1||sz9E6|n536 l20 d1,2 l2C l20 d4,4
MMM d, y|mni|2||sz9E6|n536 l20 d1,2 l2C l20 d4,4
MMM d, y, EEE|mni|||sz9E6|n536 l20 d1,2 l2C l20 d4,4 l2C l20 n537
d/M/y, EEE|mni|||sz9E6|d1,2 l2F d1,2 l2F d4,4 l2C l20 n537
EEEE, d MMMM, y|mr|0||sz966|n538 l2C l20 d1,2 l20 n539 l2C l20 d4,4
d MMMM, y|mr|1||sz966|d1,2 l20 n539 l2C l20 d4,4
d MMM, y|mr|2||sz966|d1,2 l20 n540 l2C l20 d4,4
d/M/y|mr|||sz966|d1,2 l2F d1,2 l2F d4,4
EEE, d, MMM y|mr|||sz966|n541 l2C l20 d1,2 l2C l20 n540 l20 d4,4
EEE, d/M/y|mr|||sz966|n541 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|ms|0||s|n542 l2C l20 d1,2 l20 n543 l20 d4,4
d MMMM y|ms|1||s|d1,2 l20 n543 l20 d4,4
d MMM y|ms|2||s|d1,2 l20 n544 l20 d4,4
EEE, d MMM y|ms|||s|n545 l2C l20 d1,2 l20 n544 l20 d4,4
EEE, d/M/y|ms|||s|n545 l2C l20 d1,2 l2F d1,2 l2F d4,4
dd MMMM y|ms_BN|0||s|d2,2 l20 n543 l20 d4,4
EEEE, dd MMMM y|ms_ID|0||s|n542 l2C l20 d2,2 l20 n543 l20 d4,4
EEEE, d 'ta'\u{2019} MMMM y|mt|0||s|n546 l2C l20 d1,2 l20 l74 l61 l2019 l20 n547 l20 d4,4
d 'ta'\u{2019} MMMM y|mt|1||s|d1,2 l20 l74 l61 l2019 l20 n547 l20 d4,4
dd MMM y|mt|2||s|d2,2 l20 n548 l20 d4,4
d 'ta'\u{2019} MMM, y|mt|||s|d1,2 l20 l74 l61 l2019 l20 n548 l2C l20 d4,4
EEE, d 'ta'\u{2019} MMM, y|mt|||s|n549 l2C l20 d1,2 l20 l74 l61 l2019 l20 n548 l2C l20 d4,4
EEE, d/M/y|mt|||s|n549 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|mua|0||s|n550 l20 d1,2 l20 n551 l20 d4,4
d MMMM y|mua|1||s|d1,2 l20 n551 l20 d4,4
d MMM y|mua|2||s|d1,2 l20 n552 l20 d4,4
EEE d MMM y|mua|||s|n553 l20 d1,2 l20 n552 l20 d4,4
EEE d/M/y|mua|||s|n553 l20 d1,2 l2F d1,2 l2F d4,4
y\u{104A} MMMM d\u{104A} EEEE|my|0||sz1040|d4,4 l104A l20 n554 l20 d1,2 l104A l20 n555
y\u{104A} MMMM d|my|1||sz1040|d4,4 l104A l20 n554 l20 d1,2
y\u{104A} MMM d|my|2||sz1040|d4,4 l104A l20 n556 l20 d1,2
d/M/y|my|||sz1040|d1,2 l2F d1,2 l2F d4,4
y\u{104A} MMM d\u{104A} EEE|my|||sz1040|d4,4 l104A l20 n556 l20 d1,2 l104A l20 n555
d/M/y\u{104A} EEE|my|||sz1040|d1,2 l2F d1,2 l2F d4,4 l104A l20 n555
EEEE, d MMMM y|naq|0||s|n557 l2C l20 d1,2 l20 n558 l20 d4,4
d MMMM y|naq|1||s|d1,2 l20 n558 l20 d4,4
EEE, MMM d, y|naq|||s|n559 l2C l20 n1 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|naq|||s|n559 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|nd|0||s|n560 l2C l20 d1,2 l20 n561 l20 d4,4
d MMMM y|nd|1||s|d1,2 l20 n561 l20 d4,4
d MMM y|nd|2||s|d1,2 l20 n562 l20 d4,4
EEE, MMM d, y|nd|||s|n563 l2C l20 n562 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|nd|||s|n563 l2C l20 d1,2 l2F d1,2 l2F d4,4
y MMMM d, EEEE|ne|0||sz966|d4,4 l20 n564 l20 d1,2 l2C l20 n565
y MMMM d|ne|1||sz966|d4,4 l20 n564 l20 d1,2
y MMM d|ne|2||sz966|d4,4 l20 n564 l20 d1,2
y MMM d, EEE|ne|||sz966|d4,4 l20 n564 l20 d1,2 l2C l20 n566
y-MM-dd, EEE|ne|||sz966|d4,4 l2D d2,2 l2D d2,2 l2C l20 n566
EEE d/M/y|nl_BE|||s|n41 l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|nmg|0||s|n567 l20 d1,2 l20 n568 l20 d4,4
d MMMM y|nmg|1||s|d1,2 l20 n568 l20 d4,4
d MMM y|nmg|2||s|d1,2 l20 n569 l20 d4,4
EEE d MMM y|nmg|||s|n570 l20 d1,2 l20 n569 l20 d4,4
EEE d/M/y|nmg|||s|n570 l20 d1,2 l2F d1,2 l2F d4,4
EEEE d. MMMM y|nn|0||s|n571 l20 d1,2 l2E l20 n58 l20 d4,4
d. MMM y|nn|2||s|d1,2 l2E l20 n572 l20 d4,4
EEE d. MMM y|nn|||s|n573 l20 d1,2 l2E l20 n572 l20 d4,4
EEE d.M.y|nn|||s|n573 l20 d1,2 l2E d1,2 l2E d4,4
EEEE , 'lyɛ'\u{30C}ʼ d 'na' MMMM, y|nnh|0||s|n574 l20 l2C l20 l6C l79 l25B l30C l2BC l20 d1,2 l20 l6E l61 l20 n575 l2C l20 d4,4
'lyɛ'\u{30C}ʼ d 'na' MMMM, y|nnh|1||s|l6C l79 l25B l30C l2BC l20 d1,2 l20 l6E l61 l20 n575 l2C l20 d4,4
d MMM, y|nnh|2||s|d1,2 l20 n575 l2C l20 d4,4
EEE , 'lyɛ'\u{30C}ʼ d 'na' MMM, y|nnh|||s|n574 l20 l2C l20 l6C l79 l25B l30C l2BC l20 d1,2 l20 l6E l61 l20 n575 l2C l20 d4,4
EEE , 'lyɛ'\u{30C}ʼ d 'na' M, y|nnh|||s|n574 l20 l2C l20 l6C l79 l25B l30C l2BC l20 d1,2 l20 l6E l61 l20 d1,2 l2C l20 d4,4
EEEE d MMMM y|nus|0||s|n576 l20 d1,2 l20 n577 l20 d4,4
d MMMM y|nus|1||s|d1,2 l20 n577 l20 d4,4
d MMM y|nus|2||s|d1,2 l20 n578 l20 d4,4
EEE\u{60C} d MMM y|nus|||s|n579 l60C l20 d1,2 l20 n578 l20 d4,4
EEE\u{60C} d/M/y|nus|||s|n579 l60C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, MMMM d, y|om|0||s|n580 l2C l20 n581 l20 d1,2 l2C l20 d4,4
dd MMMM y|om|1||s|d2,2 l20 n581 l20 d4,4
dd-MMM-y|om|2||s|d2,2 l2D n582 l2D d4,4
y MMM d|om|||s|d4,4 l20 n582 l20 d1,2
y MMM d, EEE|om|||s|d4,4 l20 n582 l20 d1,2 l2C l20 n583
d MMMM y|om|||s|d1,2 l20 n581 l20 d4,4
y-MM-dd, EEE|om|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n583
EEEE, MMMM d, y|or|0||s|n584 l2C l20 n585 l20 d1,2 l2C l20 d4,4
MMMM d, y|or|1||s|n585 l20 d1,2 l2C l20 d4,4
MMM d, y|or|2||s|n585 l20 d1,2 l2C l20 d4,4
EEE, MMM d, y|or|||s|n586 l2C l20 n585 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|or|||s|n586 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM, y\u{202F}'аз'|os|0|202F|s|n587 l2C l20 d1,2 l20 n588 l2C l20 d4,4 l202F l430 l437
d MMMM, y\u{202F}'аз'|os|1|202F|s|d1,2 l20 n588 l2C l20 d4,4 l202F l430 l437
dd MMM y\u{202F}'аз'|os|2|202F|s|d2,2 l20 n589 l20 d4,4 l202F l430 l437
d MMM, y\u{202F}'аз'|os||202F|s|d1,2 l20 n589 l2C l20 d4,4 l202F l430 l437
EEE, d MMM y|os|||s|n590 l2C l20 d1,2 l20 n589 l20 d4,4
EEE, dd.MM.y|os|||s|n590 l2C l20 d2,2 l2E d2,2 l2E d4,4
EEEE, d MMMM y|pa|0||s|n591 l2C l20 d1,2 l20 n592 l20 d4,4
d MMMM y|pa|1||s|d1,2 l20 n592 l20 d4,4
d MMM y|pa|2||s|d1,2 l20 n593 l20 d4,4
EEE, d MMM y|pa|||s|n594 l2C l20 d1,2 l20 n593 l20 d4,4
EEE, d/M/y|pa|||s|n594 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, dd MMMM y|pa_Arab|0||sz6F0|n595 l2C l20 d2,2 l20 n596 l20 d4,4
d MMMM y|pa_Arab|1||sz6F0|d1,2 l20 n596 l20 d4,4
d MMM y|pa_Arab|2||sz6F0|d1,2 l20 n596 l20 d4,4
dd/MM/y|pa_Arab|3||sz6F0|d2,2 l2F d2,2 l2F d4,4
d/M/y|pa_Arab|||sz6F0|d1,2 l2F d1,2 l2F d4,4
y MMM d, EEE|pa_Arab|||sz6F0|d4,4 l20 n596 l20 d1,2 l2C l20 n595
EEEE, d MMMM y|pa_Arab|||sz6F0|n595 l2C l20 d1,2 l20 n596 l20 d4,4
y-MM-dd, EEE|pa_Arab|||sz6F0|d4,4 l2D d2,2 l2D d2,2 l2C l20 n595
EEEE, d MMMM y|pcm|0||s|n597 l2C l20 d1,2 l20 n598 l20 d4,4
d MMMM y|pcm|1||s|d1,2 l20 n598 l20 d4,4
d MMM y|pcm|2||s|d1,2 l20 n599 l20 d4,4
EEE, d MMM y|pcm|||s|n600 l2C l20 d1,2 l20 n599 l20 d4,4
EEE, d/M/y|pcm|||s|n600 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE د y د MMMM d|ps_PK|0||sz6F0|n601 l20 l62F l20 d4,4 l20 l62F l20 n602 l20 d1,2
د y د MMMM d|ps_PK|1||sz6F0|l62F l20 d4,4 l20 l62F l20 n602 l20 d1,2
y MMM d|ps_PK|2||sz6F0|d4,4 l20 n602 l20 d1,2
y MMM d, EEE|ps_PK|||sz6F0|d4,4 l20 n602 l20 d1,2 l2C l20 n601
y-MM-dd, EEE|ps_PK|||sz6F0|d4,4 l2D d2,2 l2D d2,2 l2C l20 n601
EEEE, d MMMM, y|qu|0||s|n603 l2C l20 d1,2 l20 n604 l2C l20 d4,4
d MMMM y|qu|1||s|d1,2 l20 n604 l20 d4,4
d MMM y|qu|2||s|d1,2 l20 n605 l20 d4,4
EEE, d MMM, y|qu|||s|n606 l2C l20 d1,2 l20 n605 l2C l20 d4,4
EEE, dd-MM-y|qu|||s|n606 l2C l20 d2,2 l2D d2,2 l2D d4,4
y MMMM d, EEEE|raj|0||sz966|d4,4 l20 n143 l20 d1,2 l2C l20 n332
y MMM d, EEE|raj|||sz966|d4,4 l20 n143 l20 d1,2 l2C l20 n332
y-MM-dd, EEE|raj|||sz966|d4,4 l2D d2,2 l2D d2,2 l2C l20 n332
EEEE, 'ils' d MMMM y|rm|0||s|n607 l2C l20 l69 l6C l73 l20 d1,2 l20 n608 l20 d4,4
d MMMM y|rm|1||s|d1,2 l20 n608 l20 d4,4
EEE, dd-MM-y|rm|||s|n609 l2C l20 d2,2 l2D d2,2 l2D d4,4
EEEE d MMMM y|rn|0||s|n610 l20 d1,2 l20 n611 l20 d4,4
d MMMM y|rn|1||s|d1,2 l20 n611 l20 d4,4
d MMM y|rn|2||s|d1,2 l20 n612 l20 d4,4
EEE d MMM y|rn|||s|n613 l20 d1,2 l20 n612 l20 d4,4
EEE d/M/y|rn|||s|n613 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|ro|0||s|n614 l2C l20 d1,2 l20 n615 l20 d4,4
d MMMM y|ro|1||s|d1,2 l20 n615 l20 d4,4
d MMM y|ro|2||s|d1,2 l20 n616 l20 d4,4
EEE, d MMM y|ro|||s|n617 l2C l20 d1,2 l20 n616 l20 d4,4
EEE, dd.MM.y|ro|||s|n617 l2C l20 d2,2 l2E d2,2 l2E d4,4
EEE, d MMM y|ro_MD|||s|n618 l2C l20 d1,2 l20 n616 l20 d4,4
EEE, dd.MM.y|ro_MD|||s|n618 l2C l20 d2,2 l2E d2,2 l2E d4,4
EEEE, d MMMM y|rof|0||s|n619 l2C l20 d1,2 l20 n620 l20 d4,4
d MMMM y|rof|1||s|d1,2 l20 n620 l20 d4,4
d MMM y|rof|2||s|d1,2 l20 n621 l20 d4,4
EEE, MMM d, y|rof|||s|n622 l2C l20 n621 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|rof|||s|n622 l2C l20 d1,2 l2F d1,2 l2F d4,4
ccc, d.MM.y|ru_UA|||s|n26 l2C l20 d1,2 l2E d2,2 l2E d4,4
y MMMM d, EEEE|rw|0||s|d4,4 l20 n623 l20 d1,2 l2C l20 n624
y MMMM d|rw|1||s|d4,4 l20 n623 l20 d1,2
y MMM d|rw|2||s|d4,4 l20 n625 l20 d1,2
y MMM d, EEE|rw|||s|d4,4 l20 n625 l20 d1,2 l2C l20 n626
y-MM-dd, EEE|rw|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n626
EEEE, d MMMM y|sa|0||sz966|n627 l2C l20 d1,2 l20 n628 l20 d4,4
d MMMM y|sa|1||sz966|d1,2 l20 n628 l20 d4,4
d MMM y|sa|2||sz966|d1,2 l20 n629 l20 d4,4
EEE, d MMM y|sa|||sz966|n335 l2C l20 d1,2 l20 n629 l20 d4,4
EEE, d/M/y|sa|||sz966|n335 l2C l20 d1,2 l2F d1,2 l2F d4,4
y\u{202F}'сыл' MMMM d 'күнэ', EEEE|sah|0|202F|s|d4,4 l202F l441 l44B l43B l20 n630 l20 d1,2 l20 l43A l4AF l43D l44D l2C l20 n631
y, MMMM d|sah|1||s|d4,4 l2C l20 n630 l20 d1,2
y, MMM d|sah|2||s|d4,4 l2C l20 n632 l20 d1,2
y MMM d|sah|||s|d4,4 l20 n632 l20 d1,2
y MMM d, EEE|sah|||s|d4,4 l20 n632 l20 d1,2 l2C l20 n633
y-MM-dd, EEE|sah|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n633
EEEE, d MMMM y|saq|0||s|n634 l2C l20 d1,2 l20 n635 l20 d4,4
d MMMM y|saq|1||s|d1,2 l20 n635 l20 d4,4
d MMM y|saq|2||s|d1,2 l20 n636 l20 d4,4
EEE, MMM d, y|saq|||s|n637 l2C l20 n636 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|saq|||s|n637 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|sat|0||sz1C50|n638 l2C l20 d1,2 l20 n639 l20 d4,4
d MMMM y|sat|1||sz1C50|d1,2 l20 n639 l20 d4,4
d MMM y|sat|2||sz1C50|d1,2 l20 n640 l20 d4,4
d/M/y|sat|||sz1C50|d1,2 l2F d1,2 l2F d4,4
y MMM d, EEE|sat|||sz1C50|d4,4 l20 n640 l20 d1,2 l2C l20 n641
y-MM-dd, EEE|sat|||sz1C50|d4,4 l2D d2,2 l2D d2,2 l2C l20 n641
EEEE, d MMMM y|sbp|0||s|n642 l2C l20 d1,2 l20 n643 l20 d4,4
d MMMM y|sbp|1||s|d1,2 l20 n643 l20 d4,4
d MMM y|sbp|2||s|d1,2 l20 n644 l20 d4,4
MMM d y|sbp|||s|n644 l20 d1,2 l20 d4,4
EEE, MMM d, y|sbp|||s|n645 l2C l20 n644 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|sbp|||s|n645 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE d 'de' MMMM 'de' 'su' y|sc|0||s|n646 l20 d1,2 l20 l64 l65 l20 n647 l20 l64 l65 l20 l73 l75 l20 d4,4
d 'de' MMMM 'de' 'su' y|sc|1||s|d1,2 l20 l64 l65 l20 n647 l20 l64 l65 l20 l73 l75 l20 d4,4
d 'de' MMM y|sc|2||s|d1,2 l20 l64 l65 l20 n648 l20 d4,4
EEE d 'de' MMM y|sc|||s|n649 l20 d1,2 l20 l64 l65 l20 n648 l20 d4,4
EEE dd/MM/y|sc|||s|n649 l20 d2,2 l2F d2,2 l2F d4,4
EEEE, MMMM d, y|sd|0||sz660|n650 l2C l20 n651 l20 d1,2 l2C l20 d4,4
y MMMM d|sd|1||sz660|d4,4 l20 n651 l20 d1,2
y MMM d|sd|2||sz660|d4,4 l20 n651 l20 d1,2
y MMM d, EEE|sd|||sz660|d4,4 l20 n651 l20 d1,2 l2C l20 n650
y-MM-dd, EEE|sd|||sz660|d4,4 l2D d2,2 l2D d2,2 l2C l20 n650
EEEE, MMMM d, y|sd_Deva|0||s|n652 l2C l20 n653 l20 d1,2 l2C l20 d4,4
MMMM d, y|sd_Deva|1||s|n653 l20 d1,2 l2C l20 d4,4
MMM d, y|sd_Deva|2||s|n654 l20 d1,2 l2C l20 d4,4
EEE, MMM d, y|sd_Deva|||s|n655 l2C l20 n654 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|sd_Deva|||s|n655 l2C l20 d1,2 l2F d1,2 l2F d4,4
y MMMM d, EEEE|se|0||s|d4,4 l20 n656 l20 d1,2 l2C l20 n657
y MMMM d|se|1||s|d4,4 l20 n656 l20 d1,2
y MMM d|se|2||s|d4,4 l20 n658 l20 d1,2
y MMM d, EEE|se|||s|d4,4 l20 n658 l20 d1,2 l2C l20 n659
y-MM-dd, EEE|se|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n659
EEEE d MMMM y|se_FI|0||s|n660 l20 d1,2 l20 n656 l20 d4,4
d MMMM y|se_FI|1||s|d1,2 l20 n656 l20 d4,4
d MMM y|se_FI|2||s|d1,2 l20 n661 l20 d4,4
EEE d MMM y|se_FI|||s|n662 l20 d1,2 l20 n661 l20 d4,4
EEE dd.MM.y|se_FI|||s|n662 l20 d2,2 l2E d2,2 l2E d4,4
EEEE, d 'de' MMMM 'de' y|seh|0||s|n663 l2C l20 d1,2 l20 l64 l65 l20 n664 l20 l64 l65 l20 d4,4
d 'de' MMMM 'de' y|seh|1||s|d1,2 l20 l64 l65 l20 n664 l20 l64 l65 l20 d4,4
d 'de' MMM 'de' y|seh|2||s|d1,2 l20 l64 l65 l20 n665 l20 l64 l65 l20 d4,4
EEE, d 'de' MMM 'de' y|seh|||s|n666 l2C l20 d1,2 l20 l64 l65 l20 n665 l20 l64 l65 l20 d4,4
EEE, dd/MM/y|seh|||s|n666 l2C l20 d2,2 l2F d2,2 l2F d4,4
EEEE d MMMM y|ses|0||s|n667 l20 d1,2 l20 n215 l20 d4,4
EEEE d MMMM y|sg|0||s|n668 l20 d1,2 l20 n669 l20 d4,4
d MMMM y|sg|1||s|d1,2 l20 n669 l20 d4,4
d MMM, y|sg|2||s|d1,2 l20 n670 l2C l20 d4,4
EEE d MMM y|sg|||s|n671 l20 d1,2 l20 n670 l20 d4,4
EEE d/M/y|sg|||s|n671 l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|shi|0||s|n672 l20 d1,2 l20 n673 l20 d4,4
d MMMM y|shi|1||s|d1,2 l20 n673 l20 d4,4
d MMM, y|shi|2||s|d1,2 l20 n674 l2C l20 d4,4
EEE d MMM y|shi|||s|n675 l20 d1,2 l20 n674 l20 d4,4
EEE d/M/y|shi|||s|n675 l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|shi_Latn|0||s|n676 l20 d1,2 l20 n677 l20 d4,4
d MMMM y|shi_Latn|1||s|d1,2 l20 n677 l20 d4,4
d MMM, y|shi_Latn|2||s|d1,2 l20 n678 l2C l20 d4,4
EEE d MMM y|shi_Latn|||s|n679 l20 d1,2 l20 n678 l20 d4,4
EEE d/M/y|shi_Latn|||s|n679 l20 d1,2 l2F d1,2 l2F d4,4
y MMMM d, EEEE|si|0||s|d4,4 l20 n680 l20 d1,2 l2C l20 n681
y MMMM d|si|1||s|d4,4 l20 n680 l20 d1,2
y MMM d|si|2||s|d4,4 l20 n682 l20 d1,2
y MMM d, EEE|si|||s|d4,4 l20 n682 l20 d1,2 l2C l20 n683
y-M-d, EEE|si|||s|d4,4 l2D d1,2 l2D d1,2 l2C l20 n683
EEEE d. MMMM y|sk|0||s|n684 l20 d1,2 l2E l20 n685 l20 d4,4
d. MMMM y|sk|1||s|d1,2 l2E l20 n685 l20 d4,4
EEE d. M. y|sk|||s|n686 l20 d1,2 l2E l20 d1,2 l2E l20 d4,4
EEEE, d. MMMM y|sl|0||s|n687 l2C l20 d1,2 l2E l20 n688 l20 d4,4
d. MMMM y|sl|1||s|d1,2 l2E l20 n688 l20 d4,4
d. MMM y|sl|2||s|d1,2 l2E l20 n689 l20 d4,4
EEE, d. MMM y|sl|||s|n690 l2C l20 d1,2 l2E l20 n689 l20 d4,4
EEE, d. M. y|sl|||s|n690 l2C l20 d1,2 l2E l20 d1,2 l2E l20 d4,4
cccc, MMMM d. y|smn|0||s|n691 l2C l20 n692 l20 d1,2 l2E l20 d4,4
MMMM d. y|smn|1||s|n692 l20 d1,2 l2E l20 d4,4
MMM d. y|smn|2||s|n693 l20 d1,2 l2E l20 d4,4
ccc, MMM d. y|smn|||s|n694 l2C l20 n693 l20 d1,2 l2E l20 d4,4
EEE d.M.y|smn|||s|n694 l20 d1,2 l2E d1,2 l2E d4,4
y MMMM d, EEEE|sn|0||s|d4,4 l20 n695 l20 d1,2 l2C l20 n696
y MMMM d|sn|1||s|d4,4 l20 n695 l20 d1,2
y MMM d|sn|2||s|d4,4 l20 n697 l20 d1,2
y MMM d, EEE|sn|||s|d4,4 l20 n697 l20 d1,2 l2C l20 n698
y-MM-dd, EEE|sn|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n698
EEEE, MMMM d, y|so|0||s|n699 l2C l20 n700 l20 d1,2 l2C l20 d4,4
MMMM d, y|so|1||s|n700 l20 d1,2 l2C l20 d4,4
dd-MMM-y|so|2||s|d2,2 l2D n701 l2D d4,4
MMM d, y|so|||s|n701 l20 d1,2 l2C l20 d4,4
EEE, MMM d, y|so|||s|n702 l2C l20 n701 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|so|||s|n702 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|sq|0||s|n703 l2C l20 d1,2 l20 n704 l20 d4,4
d MMMM y|sq|1||s|d1,2 l20 n704 l20 d4,4
d MMM y|sq|2||s|d1,2 l20 n705 l20 d4,4
EEE, d MMM y|sq|||s|n706 l2C l20 d1,2 l20 n705 l20 d4,4
EEE, d.M.y|sq|||s|n706 l2C l20 d1,2 l2E d1,2 l2E d4,4
EEEE, d. MMMM y.|sr|0||s|n707 l2C l20 d1,2 l2E l20 n708 l20 d4,4 l2E
d. MMMM y.|sr|1||s|d1,2 l2E l20 n708 l20 d4,4 l2E
d. MMM y.|sr|||s|d1,2 l2E l20 n709 l20 d4,4 l2E
EEE, d. MMM y.|sr|||s|n710 l2C l20 d1,2 l2E l20 n709 l20 d4,4 l2E
EEE, d. M. y.|sr|||s|n710 l2C l20 d1,2 l2E l20 d1,2 l2E l20 d4,4 l2E
EEEE, d. MMMM y.|sr_Cyrl_BA|0||s|n170 l2C l20 d1,2 l2E l20 n708 l20 d4,4 l2E
EEE, d. MMM y.|sr_Cyrl_BA|||s|n173 l2C l20 d1,2 l2E l20 n709 l20 d4,4 l2E
EEE, d. M. y.|sr_Cyrl_BA|||s|n173 l2C l20 d1,2 l2E l20 d1,2 l2E l20 d4,4 l2E
EEEE, d. MMMM y.|sr_Cyrl_ME|0||s|n711 l2C l20 d1,2 l2E l20 n708 l20 d4,4 l2E
d. MMM y.|sr_Cyrl_ME|||s|d1,2 l2E l20 n712 l20 d4,4 l2E
EEE, d. MMM y.|sr_Cyrl_ME|||s|n710 l2C l20 d1,2 l2E l20 n712 l20 d4,4 l2E
EEEE, d. MMMM y.|sr_Latn|0||s|n713 l2C l20 d1,2 l2E l20 n714 l20 d4,4 l2E
d. MMMM y.|sr_Latn|1||s|d1,2 l2E l20 n714 l20 d4,4 l2E
d. MMM y.|sr_Latn|||s|d1,2 l2E l20 n715 l20 d4,4 l2E
EEE, d. MMM y.|sr_Latn|||s|n716 l2C l20 d1,2 l2E l20 n715 l20 d4,4 l2E
EEE, d. M. y.|sr_Latn|||s|n716 l2C l20 d1,2 l2E l20 d1,2 l2E l20 d4,4 l2E
EEEE, d. MMMM y.|sr_Latn_BA|0||s|n166 l2C l20 d1,2 l2E l20 n714 l20 d4,4 l2E
EEE, d. MMM y.|sr_Latn_BA|||s|n169 l2C l20 d1,2 l2E l20 n715 l20 d4,4 l2E
EEE, d. M. y.|sr_Latn_BA|||s|n169 l2C l20 d1,2 l2E l20 d1,2 l2E l20 d4,4 l2E
EEEE, d. MMMM y.|sr_Latn_ME|0||s|n717 l2C l20 d1,2 l2E l20 n714 l20 d4,4 l2E
d. MMM y.|sr_Latn_ME|||s|d1,2 l2E l20 n718 l20 d4,4 l2E
EEE, d. MMM y.|sr_Latn_ME|||s|n716 l2C l20 d1,2 l2E l20 n718 l20 d4,4 l2E
EEEE, d MMMM y|su|0||s|n719 l2C l20 d1,2 l20 n720 l20 d4,4
d MMMM y|su|1||s|d1,2 l20 n720 l20 d4,4
d MMM y|su|2||s|d1,2 l20 n721 l20 d4,4
d MMM, y|su|||s|d1,2 l20 n721 l2C l20 d4,4
EEE, d MMM y|su|||s|n722 l2C l20 d1,2 l20 n721 l20 d4,4
EEE, d/M/y|su|||s|n722 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEE, d MMM y|sw|||s|n108 l2C l20 d1,2 l20 n371 l20 d4,4
EEE, d/M/y|sw|||s|n108 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM, y|ta|0||s|n723 l2C l20 d1,2 l20 n724 l2C l20 d4,4
d MMMM, y|ta|1||s|d1,2 l20 n724 l2C l20 d4,4
d MMM, y|ta|2||s|d1,2 l20 n725 l2C l20 d4,4
EEE, d MMM, y|ta|||s|n726 l2C l20 d1,2 l20 n725 l2C l20 d4,4
EEE, d/M/y|ta|||s|n726 l2C l20 d1,2 l2F d1,2 l2F d4,4
d, MMMM y, EEEE|te|0||s|d1,2 l2C l20 n727 l20 d4,4 l2C l20 n728
d MMMM, y|te|1||s|d1,2 l20 n727 l2C l20 d4,4
d MMM, y|te|2||s|d1,2 l20 n729 l2C l20 d4,4
d, MMM y|te|||s|d1,2 l2C l20 n729 l20 d4,4
d MMM, y, EEE|te|||s|d1,2 l20 n729 l2C l20 d4,4 l2C l20 n730
d/M/y, EEE|te|||s|d1,2 l2F d1,2 l2F d4,4 l2C l20 n730
EEEE, d MMMM y|teo|0||s|n731 l2C l20 d1,2 l20 n732 l20 d4,4
d MMMM y|teo|1||s|d1,2 l20 n732 l20 d4,4
d MMM y|teo|2||s|d1,2 l20 n733 l20 d4,4
EEE, MMM d, y|teo|||s|n734 l2C l20 n733 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|teo|||s|n734 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, dd MMMM y|tg|0||s|n735 l2C l20 d2,2 l20 n736 l20 d4,4
dd MMMM y|tg|1||s|d2,2 l20 n736 l20 d4,4
dd MMM y|tg|2||s|d2,2 l20 n737 l20 d4,4
d MMM, y|tg|||s|d1,2 l20 n737 l2C l20 d4,4
EEE, d MMM, y|tg|||s|n738 l2C l20 d1,2 l20 n737 l2C l20 d4,4
EEEE, d MMMM y|tg|||s|n735 l2C l20 d1,2 l20 n736 l20 d4,4
d MMMM y|tg|||s|d1,2 l20 n736 l20 d4,4
EEE, d/M/y|tg|||s|n738 l2C l20 d1,2 l2F d1,2 l2F d4,4
d MMMM y|th|1|||d1,2 l20 n740 l20 d4,4
d MMM y|th|2|||d1,2 l20 n741 l20 d4,4
EEE d MMM y|th||||n742 l20 d1,2 l20 n741 l20 d4,4
EEEEท\u{E35}\u{E48} d MMMM y|th||||n739 lE17 lE35 lE48 l20 d1,2 l20 n740 l20 d4,4
EEE d/M/y|th||||n742 l20 d1,2 l2F d1,2 l2F d4,4
EEEE\u{1363} d MMMM y|ti|0||s|n743 l1363 l20 d1,2 l20 n744 l20 d4,4
d MMMM y|ti|1||s|d1,2 l20 n744 l20 d4,4
d MMM y|ti|2||s|d1,2 l20 n745 l20 d4,4
y MMM d, EEE|ti|||s|d4,4 l20 n745 l20 d1,2 l2C l20 n746
EEE\u{1363} d/M/y|ti|||s|n746 l1363 l20 d1,2 l2F d1,2 l2F d4,4
d MMMM y EEEE|tk|0||s|d1,2 l20 n747 l20 d4,4 l20 n748
d MMMM y|tk|1||s|d1,2 l20 n747 l20 d4,4
d MMM y|tk|2||s|d1,2 l20 n749 l20 d4,4
d MMM y EEE|tk|||s|d1,2 l20 n749 l20 d4,4 l20 n750
dd.MM.y EEE|tk|||s|d2,2 l2E d2,2 l2E d4,4 l20 n750
EEEE d MMMM y|to|0||s|n751 l20 d1,2 l20 n752 l20 d4,4
d MMMM y|to|1||s|d1,2 l20 n752 l20 d4,4
d MMM y|to|2||s|d1,2 l20 n753 l20 d4,4
EEE d MMM y|to|||s|n754 l20 d1,2 l20 n753 l20 d4,4
EEE d/M/y|to|||s|n754 l20 d1,2 l2F d1,2 l2F d4,4
d MMMM, y\u{202F}'ел', EEEE|tt|0|202F|s|d1,2 l20 n755 l2C l20 d4,4 l202F l435 l43B l2C l20 n756
d MMMM, y\u{202F}'ел'|tt|1|202F|s|d1,2 l20 n755 l2C l20 d4,4 l202F l435 l43B
d MMM, y\u{202F}'ел'|tt|2|202F|s|d1,2 l20 n757 l2C l20 d4,4 l202F l435 l43B
y\u{202F}'ел', d MMM|tt||202F|s|d4,4 l202F l435 l43B l2C l20 d1,2 l20 n757
y\u{202F}'ел', d MMM, EEE|tt||202F|s|d4,4 l202F l435 l43B l2C l20 d1,2 l20 n757 l2C l20 n758
dd.MM.y, EEE|tt|||s|d2,2 l2E d2,2 l2E d4,4 l2C l20 n758
EEEE, d MMMM y|tzm|0||s|n759 l2C l20 d1,2 l20 n760 l20 d4,4
d MMMM y|tzm|1||s|d1,2 l20 n760 l20 d4,4
d MMM y|tzm|2||s|d1,2 l20 n761 l20 d4,4
EEE, MMM d, y|tzm|||s|n762 l2C l20 n761 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|tzm|||s|n762 l2C l20 d1,2 l2F d1,2 l2F d4,4
y d-MMMM\u{60C} EEEE|ug|0||s|d4,4 l20 d1,2 l2D n763 l60C l20 n764
d-MMMM\u{60C} y|ug|1||s|d1,2 l2D n763 l60C l20 d4,4
d-MMM\u{60C} y|ug|2||s|d1,2 l2D n763 l60C l20 d4,4
y d-MMM|ug|||s|d4,4 l20 d1,2 l2D n763
y d-MMM\u{60C} EEE|ug|||s|d4,4 l20 d1,2 l2D n763 l60C l20 n765
y-d-M\u{60C} EEE|ug|||s|d4,4 l2D d1,2 l2D d1,2 l60C l20 n765
EEEE\u{60C} d MMMM\u{60C} y|ur|0||s|n766 l60C l20 d1,2 l20 n767 l60C l20 d4,4
d MMMM\u{60C} y|ur|1||s|d1,2 l20 n767 l60C l20 d4,4
d MMM\u{60C} y|ur|2||s|d1,2 l20 n767 l60C l20 d4,4
EEE\u{60C} d MMM\u{60C} y|ur|||s|n766 l60C l20 d1,2 l20 n767 l60C l20 d4,4
EEE\u{60C} d/M/y|ur|||s|n766 l60C l20 d1,2 l2F d1,2 l2F d4,4
EEEE\u{60C} d MMMM\u{60C} y|ur_IN|0||sz6F0|n766 l60C l20 d1,2 l20 n767 l60C l20 d4,4
d MMMM\u{60C} y|ur_IN|1||sz6F0|d1,2 l20 n767 l60C l20 d4,4
d MMM\u{60C} y|ur_IN|2||sz6F0|d1,2 l20 n767 l60C l20 d4,4
EEE\u{60C} d MMM\u{60C} y|ur_IN|||sz6F0|n766 l60C l20 d1,2 l20 n767 l60C l20 d4,4
EEE\u{60C} d/M/y|ur_IN|||sz6F0|n766 l60C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d-MMMM, y|uz|0||s|n768 l2C l20 d1,2 l2D n769 l2C l20 d4,4
d-MMMM, y|uz|1||s|d1,2 l2D n769 l2C l20 d4,4
d-MMM, y|uz|2||s|d1,2 l2D n770 l2C l20 d4,4
EEE, d-MMM, y|uz|||s|n771 l2C l20 d1,2 l2D n770 l2C l20 d4,4
EEE, dd/MM/y|uz|||s|n771 l2C l20 d2,2 l2F d2,2 l2F d4,4
EEEE, dd MMMM, y|uz_Cyrl|0||s|n772 l2C l20 d2,2 l20 n773 l2C l20 d4,4
d MMMM, y|uz_Cyrl|1||s|d1,2 l20 n773 l2C l20 d4,4
d MMM, y|uz_Cyrl|2||s|d1,2 l20 n184 l2C l20 d4,4
EEE, d-MMM, y|uz_Cyrl|||s|n774 l2C l20 d1,2 l2D n184 l2C l20 d4,4
EEEE, d MMMM, y|uz_Cyrl|||s|n772 l2C l20 d1,2 l20 n773 l2C l20 d4,4
EEE, dd/MM/y|uz_Cyrl|||s|n774 l2C l20 d2,2 l2F d2,2 l2F d4,4
EEEE, d MMMM y|vai|0||s|n775 l2C l20 d1,2 l20 n776 l20 d4,4
d MMMM y|vai|1||s|d1,2 l20 n776 l20 d4,4
d MMM y|vai|2||s|d1,2 l20 n777 l20 d4,4
EEE, MMM d, y|vai|||s|n775 l2C l20 n777 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|vai|||s|n775 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|vai_Latn|0||s|n778 l2C l20 d1,2 l20 n779 l20 d4,4
d MMMM y|vai_Latn|1||s|d1,2 l20 n779 l20 d4,4
d MMM y|vai_Latn|2||s|d1,2 l20 n779 l20 d4,4
MMM d y|vai_Latn|||s|n779 l20 d1,2 l20 d4,4
EEE, MMM d, y|vai_Latn|||s|n778 l2C l20 n779 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|vai_Latn|||s|n778 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d. MMMM y|wae|0||s|n780 l2C l20 d1,2 l2E l20 n781 l20 d4,4
d. MMMM y|wae|1||s|d1,2 l2E l20 n781 l20 d4,4
d. MMM y|wae|2||s|d1,2 l2E l20 n782 l20 d4,4
EEE, d. MMM y|wae|||s|n783 l2C l20 d1,2 l2E l20 n782 l20 d4,4
y-MM-dd, EEE|wae|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n783
EEEE, d MMM, y|wo|0||s|n784 l2C l20 d1,2 l20 n785 l2C l20 d4,4
d MMMM, y|wo|1||s|d1,2 l20 n786 l2C l20 d4,4
d MMM, y|wo|2||s|d1,2 l20 n785 l2C l20 d4,4
d MMM y|wo|||s|d1,2 l20 n785 l20 d4,4
EEE, d MMM y|wo|||s|n787 l2C l20 d1,2 l20 n785 l20 d4,4
EEEE, d MMMM, y|wo|||s|n784 l2C l20 d1,2 l20 n786 l2C l20 d4,4
EEE, dd-MM-y|wo|||s|n787 l2C l20 d2,2 l2D d2,2 l2D d4,4
EEEE, MMMM d, y|xh|0||s|n788 l2C l20 n789 l20 d1,2 l2C l20 d4,4
MMMM d, y|xh|1||s|n789 l20 d1,2 l2C l20 d4,4
MMM d, y|xh|2||s|n790 l20 d1,2 l2C l20 d4,4
EEE, MMM d, y|xh|||s|n791 l2C l20 n790 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|xh|||s|n791 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMMM y|xog|0||s|n792 l2C l20 d1,2 l20 n464 l20 d4,4
EEE, MMM d, y|xog|||s|n793 l2C l20 n465 l20 d1,2 l2C l20 d4,4
EEE, M/d/y|xog|||s|n793 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE d MMMM y|yav|0||s|n794 l20 d1,2 l20 n795 l20 d4,4
d MMMM y|yav|1||s|d1,2 l20 n795 l20 d4,4
d MMM y|yav|2||s|d1,2 l20 n796 l20 d4,4
EEE d MMM y|yav|||s|n797 l20 d1,2 l20 n796 l20 d4,4
EEE d/M/y|yav|||s|n797 l20 d1,2 l2F d1,2 l2F d4,4
EEEE, dטן MMMM y|yi|0||s|n798 l2C l20 d1,2 l5D8 l5DF l20 n799 l20 d4,4
dטן MMMM y|yi|1||s|d1,2 l5D8 l5DF l20 n799 l20 d4,4
dטן MMM y|yi|2||s|d1,2 l5D8 l5DF l20 n799 l20 d4,4
EEE, dטן MMM y|yi|||s|n798 l2C l20 d1,2 l5D8 l5DF l20 n799 l20 d4,4
EEE, d/M/y|yi|||s|n798 l2C l20 d1,2 l2F d1,2 l2F d4,4
EEEE, d MMM y|yo|0||s|n800 l2C l20 d1,2 l20 n801 l20 d4,4
d MMM y|yo|1||s|d1,2 l20 n801 l20 d4,4
d MM y|yo|2||s|d1,2 l20 d2,2 l20 d4,4
EEE, d MMM , y|yo|||s|n802 l2C l20 d1,2 l20 n801 l20 l2C l20 d4,4
EEEE, d MMMM y|yo|||s|n800 l2C l20 d1,2 l20 n803 l20 d4,4
d MMMM y|yo|||s|d1,2 l20 n803 l20 d4,4
d/M/y, EEE|yo|||s|d1,2 l2F d1,2 l2F d4,4 l2C l20 n802
EEEE, d MMM y|yo_BJ|0||s|n804 l2C l20 d1,2 l20 n805 l20 d4,4
d MMM y|yo_BJ|1||s|d1,2 l20 n805 l20 d4,4
EEE, d MMM , y|yo_BJ|||s|n806 l2C l20 d1,2 l20 n805 l20 l2C l20 d4,4
EEEE, d MMMM y|yo_BJ|||s|n804 l2C l20 d1,2 l20 n807 l20 d4,4
d MMMM y|yo_BJ|||s|d1,2 l20 n807 l20 d4,4
d/M/y, EEE|yo_BJ|||s|d1,2 l2F d1,2 l2F d4,4 l2C l20 n806
EEEE, d MMMM y|yrl|0||s|n808 l2C l20 d1,2 l20 n809 l20 d4,4
d MMMM y|yrl|1||s|d1,2 l20 n809 l20 d4,4
d MMM y|yrl|2||s|d1,2 l20 n810 l20 d4,4
EEE, d MMM y|yrl|||s|n811 l2C l20 d1,2 l20 n810 l20 d4,4
EEE, dd/MM/y|yrl|||s|n811 l2C l20 d2,2 l2F d2,2 l2F d4,4
y年M月d日 EEE|yue|||s|d4,4 l5E74 d1,2 l6708 d1,2 l65E5 l20 n4
y/M/d\u{FF08}EEE\u{FF09}|yue|||s|d4,4 l2F d1,2 l2F d1,2 lFF08 n4 lFF09
EEEE d MMMM y|zgh|0||s|n812 l20 d1,2 l20 n673 l20 d4,4
y MMM d|zgh|||s|d4,4 l20 n674 l20 d1,2
d/M/y\u{FF08}EEE\u{FF09}|zh_Hans_HK|||s|d1,2 l2F d1,2 l2F d4,4 lFF08 n5 lFF09
y年M月d日\u{FF0C}EEE|zh_Hans_MO|||s|d4,4 l5E74 d1,2 l6708 d1,2 l65E5 lFF0C n5
y年M月d日EEE|zh_Hant_HK|||s|d4,4 l5E74 d1,2 l6708 d1,2 l65E5 n73
d/M/y\u{FF08}EEE\u{FF09}|zh_Hant_HK|||s|d1,2 l2F d1,2 l2F d4,4 lFF08 n73 lFF09
EEEE, MMMM d, y|zu|0||s|n813 l2C l20 n814 l20 d1,2 l2C l20 d4,4
MMMM d, y|zu|1||s|n814 l20 d1,2 l2C l20 d4,4
MMM d, y|zu|2||s|n815 l20 d1,2 l2C l20 d4,4
EEE, MMM d, y|zu|||s|n816 l2C l20 n815 l20 d1,2 l2C l20 d4,4
y-MM-dd, EEE|zu|||s|d4,4 l2D d2,2 l2D d2,2 l2C l20 n816
"""

    /// Every name of those lists in code point order: name|entries (list << 4 | value, hex).
    static let embeddedNameText = """
1-Kysã|18C0
1-р сар|2160
10-Kysã|18C9
10-р сар|2169
10Ky.|18D9
10월|99
11-Kysã|18CA
11-р сар|216A
11Ky.|18DA
11월|9A
12|ECB
12-Kysã|18CB
12-р сар|216B
12Ky.|18DB
12월|9B
1Ky.|18D0
1월|90
2-Kysã|18C1
2-р сар|2161
2Ky.|18D1
2월|91
3-Kysã|18C2
3-р сар|2162
3Ky.|18D2
3월|92
4-Kysã|18C3
4-р сар|2163
4Ky.|18D3
4월|93
5-Kysã|18C4
5-р сар|2164
5Ky.|18D4
5월|94
6-Kysã|18C5
6-р сар|2165
6Ky.|18D5
6월|95
7-Kysã|18C6
7-р сар|2166
7Ky.|18D6
7월|96
8-Kysã|18C7
8-р сар|2167
8Ky.|18D7
8월|97
9-Kysã|18C8
9-р сар|2168
9Ky.|18D8
9월|98
A-K|5C6
AGA|1F77
ART|1944
Aar|2DE2
Ab|E83
Abr|BC3 1893 25D3 2993 2BD3 30E3
Abr.|1CD3
Abril|BB3 1883 25C3 2983
Abrille|30D3
Abrëll|1CC3
Aburil|E73
Ado|2466
Adooleessa|2456
Afi|1423
Afirilu|1413
Aga|3167 32F7
Agasti|1F67 3157 32E7
Ago|6E7 BC7 1737 1897 1EA7 25D7
Agosti|6D7 1397 1B27
Agosto|BB7 25C7
Agostu|1887
Ags|2D17
Agt|13A7 1767
Agu|507 1427 1D17
Agusito|1D07
Agusta|1417
Agusti|1727
Agustus|4F7 2D07
Agɛ|3256
Agẹ|3216
Ahad|1750 1770 21E0
Ahd|2210
Aib|1263
Aibreán|1253
Aj|3221 3261
Akr|2FA3
Akras|2F73
Akw|2FA4
Akwas|2F74
Al|1EB4
Ala|D93 E93 1903
Alah|2000
Alahady|1FD0
Alahamisi|2824
Alak|2004
Alakamisy|1FD4
Alamíisi|1C74
Alar|2003
Alarba|D63 18F3 29B3
Alarbay|E63
Alarobia|1FD3
Alats|2001
Alatsinainy|1FD1
Alaámisi|1F24
Alh|6F4 D90 1434 1744 1900 1B34 1CA4 26E4 2854
Alhadi|D60 18F0 29B0
Alhamiisa|18F4 29B4
Alhamis|1404
Alhamisi|6C4 D64 1714 1B14 26B4
Alj|1905
Aljuma|18F5
Alm|D94 1904
Alt|3131
Altine|3101
Alx|3134
Alxamis|3104
Alz|D95
Alzuma|D65 29B5
Ama|2460
Amajjii|2450
Aneg 1|2050
Aneg 2|2051
Aneg 3|2052
Aneg 4|2053
Aneg 5|2054
Aneg 6|2055
Aneg 7|2056
Aog|1FF7
Aogositra|1FE7
Aoine|1275
Aoǁkhuumûǁkhâb|22E7
Apiriri|1393
Aplili|1B23
Apr|13 1B3 1C3 503 6E3 1223 1323 13A3 1733 1763 1BA3 1EA3 1FF3 2203 2243 2D13
Apr.|D3 543 D53
Aprell|1B93
April|33 C3 4F3 533 D43 1213 1313 21F3 2233 2D03
Aprili|6D3
Aprily|1FE3
Aprilyi|1723
Apu|1D13
Apuli|1D03
Ara|30B E94 2044
Arahamisi|2014
Aralık|2EB
Aramisay|E64
Aramisi|1384
Aramithi|EE4 1914
Arbaco|2BB3
Arbc|2BE3
Are|27D0
Arj|E95
Arjuma|E65
Arm|F14
Ars|13B4
Ará|1F41
Arát|1F31
Asa|1436 2FA0
Asab|2006
Asabar|1406
Asabotsy|1FD6
Asamas|2F70
Ase|3136
Aseer|3106
Asi|D96
Asibti|D66 29B6
Asimwas|2F75
Asinas|2F72
Asiḍyas|2F76
Asm|2FA5
Asn|2FA2
Ass|1906
Assabdu|18F6
Asḍ|2FA6
Ata|D92 1902
Atalaata|D62 29B2
Atalata|18F2
Ati|D91 1901
Atini|18F1
Atinni|D61 29B1
Aug|17 1B7 1C7 1227 1327 2997
Aug.|D7 547 D57 1CD7
Auguscht|1317
August|37 C7 D47 1CC7
Augusto|2987
Augustus|537 1217
Averil|13C3
Avo|11E7
Avost|11D7
Avr|11E3
Avrril|13E3
Avrîl|11D3
Awi|D83
Awiril|D73
Awr|3113
Awril|3123
Awst|CD7 CE7
Aww|2247
Awwissu|2237
Axad|2BB0
Axd|2BE0
Ayn|2FA1
Aynas|2F71
Ayɛwoho-Kitawonsa|5B6
Ağu|307
Ağustos|2E7
Aŋpétunuŋpa|1D32
Aŋpétutopa|1D34
Aŋpétuwakȟaŋ|1D30
Aŋpétuwaŋži|1D31
Aŋpétuyamni|1D33
Aŋpétuzaptaŋ|1D35
B.|770
B.e.|771
Bal|1D21
Bala|3191
Balaza|1CF1 3181
Bar|2DE1
Beal|1264
Bealtaine|1254
Ben|5D2
Benada|5A2
Bikua-ôko|29C0
Bil|3302
Bisha Afraad|2BC3
Bisha Koobaad|2BC0
Bisha Kow iyo Tobnaad|2BCA
Bisha Laba iyo Tobnaad|2BCB
Bisha Labaad|2BC1
Bisha Lixaad|2BC5
Bisha Saddexaad|2BC2
Bisha Sagaalaad|2BC8
Bisha Shanaad|2BC4
Bisha Sideedaad|2BC7
Bisha Tobnaad|2BC9
Bisha Todobaad|2BC6
Bit|2462
Bitooteessa|2452
Biy|BD5 1165
Biyernes|BA5 1155
Bk1|29F0
Bk2|29F1
Bk3|29F2
Bk4|29F3
Bk5|29F4
Boaldyn|13C4 13E4
Brá|30E5
Bráčet|30D5
Budh|1513
Budhwaar|1503
Bur|1A18
Bureet|1A08
Bäkɛl|2436
Bäkɛl lätni|2406
Bél|321A 325A
Bêl|29E4
Bêläwü|29D4
Bìòôm|7D9
Bïkua-okü|29C4
Bïkua-ptâ|29C2
Bïkua-usïö|29C3
Bïkua-ûse|29C1
Bɔ\u{301}r|1F47
C.|775
C.a.|774
CKI|2282
CLA|2281
CN|4D0
Caamsa|2454
Cam|2464
Can|13A0
Caw|3170
Cawe|3140
Cga|2295
Chanuari|1390
Che|2033
Chg|2B96
Chikumi|2B75
Chikunguru|2B76
China|2B84
Chinai|2974
Chipiri|2972 2B82
Chiposi|2971
Chishanu|2975 2B85
Chitatu|2973 2B83
Chivabvu|2B74
Chk|2B95
Chn|2BA4
Chor|3033
Chp|2BA2
Chr|30EB
Chrištmánet|30DB
Chs|2BA5
Cht|2BA3
Chulai|1396
Chumaine|1382
Chumapiri|1380
Chumatano|1383
Chumatato|1381
Chv|2B94
Chwef|CE1
Chwefror|CD1
Chủ Nhật|4A0
Cio|1E30
Ciongo|1E20
Cis|1E3B
Ciswà|1E2B
Cka|2294
Cko|2293
Cla|2291
Cmn|13B2
Cmt|316 13B3
Cokcwaklaŋne|2271
Cokcwaklii|2272
Comgaisuu|2265
Comkaldǝɓlii|2264
Comkolle|2263
Comlaaɗii|2261
Comzyeɓsuu|2266
Comzyiiɗii|2262
Com\u{2019}yakke|2260
Cpr|13B0
Cs|15B4
Cte|17E8
Ctembeṛ|17D8
Ctt|13B1
Cul|13A6
Cum|315
Cuma|2F5
Cumartesi|2F6
Cut|2F98
Cutanbir|2F88
Cya|2290
Cze|2296
Czi|2292
Cäŋ|2430
Cäŋ kuɔth|2400
Cèit|12A4
Céad|1273
Cʼhwe.|A01
Cʼhwevrer|9F1
D-Ɔ|5C7
DAB|1E77
DAC|1E70
DAD|1E72
DAG|1E7B
DAH|1E74
DAN|1E73
DAO|1E76
DAP|1E79
DAR|1E71
DAU|1E75
DEC|1F7B
DFómh|1269
DGI|1E7A
DIT|193B
DOC|1E78
Dal|1F40
Dat|892
De|E8B 22F2
Dec|1B 1BB 1CB 6EB 299B
December|3B
Decembro|298B
Dee|D8B
Deesanbur|D7B
Deireadh Fómhair|1259
Denstaxtsees|22D2
Des|50B 122B 173B 176B 1D1B 1EAB 1FFB 311B
Des.|54B
Desambra|1FEB
Desemba|6DB 172B 1B2B 1D0B
Desember|4FB 53B
Desimber|121B
Desàmbar|312B
Dez|132B 1BAB
Dez.|DB D5B 1CDB
Dezember|CB D4B 1CCB
Dezämber|131B 1B9B
Dhieec|2435
Dhieec lätni|2405
Di.|E2 552 1BB2
DiC|12B3
DiCiadain|1283
DiD|12B0
DiDòmhnaich|1280
DiL|12B1
DiLuain|1281
DiM|12B2
DiMàirt|1282
DiS|12B6
DiSathairne|1286
Dia|12B4
DiarDaoin|1284
Dib|3130
Dibéer|3100
Dic|11EB 25DB
Dicemba|1F6B
Dicembar|11DB
Diciembre|25CB
Die|2C20
Dienstag|B2
Difuu-Ɔsandaa|5B7
Dih|12B5
DihAoine|1285
Dil|2470
Dilbata|2440
Dim|E90 29A0
Dimas|E60
Dimingu|2970
Dinnsdaach|1B82
Dinsdag|522
Dis|86B BCB 13AB 142B 166B 220B 257B 2BDB 316B 32FB
Disamba|141B
Disambar|E7B
Disemba|85B 139B 165B 315B 32EB
Disember|21FB
Disyembre|BBB
Disẹ\u{301}mba|256B
Diz|189B
Dizenbru|188B
Diċ|224B
Diċembru|223B
Diɔ\u{331}k|2433
Diɔ\u{331}k lätni|2403
Do|22F4
Do.|E4 554
Dom|BD0 25E0
Domh|1270
Domingo|BA0 25B0
Don.|1CE4
Donderdag|524
Dondertaxtsees|22D4
Donnerstag|B4
Donneschdeg|1CB4
Doy|1F43
Du|9FA A0A 1C2A
Du.|1334 1BB4
Duj|2F9B
Dujanbir|2F8B
Dum|26A0
Dun|2DD3
Dunnersdaach|1B84
Dunschtig|1304
Dush|3031
Duä|2424
Duät|2414
Duǧ|17EB
Duǧembeṛ|17DB
Duɔ\u{331}ɔ\u{331}|2422
Duɔ\u{331}ɔ\u{331}ŋ|2412
Dwe mar Abich|1E64
Dwe mar Abiriyo|1E66
Dwe mar Aboro|1E67
Dwe mar Achiel|1E60
Dwe mar Adek|1E62
Dwe mar Ang\u{2019}wen|1E63
Dwe mar Apar|1E69
Dwe mar Apar gi ariyo|1E6B
Dwe mar Ariyo|1E61
Dwe mar Auchiel|1E65
Dwe mar Ochiko|1E68
Dwe mar gi achiel|1E6A
Dwo|5D1
Dwowda|5A1
Dydd Gwener|CC5
Dydd Iau|CC4
Dydd Llun|CC1
Dydd Mawrth|CC2
Dydd Mercher|CC3
Dydd Sadwrn|CC6
Dydd Sul|CC0
Dàmh|12A9
Dé Céadaoin|1243
Dé Domhnaigh|1240
Dé Luain|1241
Dé Máirt|1242
Dé Sathairn|1246
Dé hAoine|1245
Déar|1274
Déardaoin|1244
Dés|2D1B
Désémber|2D0B
Dën.|1CE2
Dënschdeg|1CB2
Dìpɔ\u{300}s|7D8
Dùbh|12AB
E|1041
E-K|5C4
E-O|5C3
E-Ɔ|5C2
Ean|1260
Eanáir|1250
Ebr|CE3 1C23
Ebr.|A03
Ebrel|9F3
Ebrill|CD3
Ebɔbira-Oforisuo|5B3
Ebɔw-Ɔbenem|5B2
Eki|309
Ekim|2E9
Elb|2463
Elba|2453
Ene|BC0 25D0
Enero|BB0 25C0
Enj|2C24
Eost|9F7 A07
Epe|1A19
Epeeso|1A09
Eph|32F3
Ephreli|32E3
Epr|863 1663 3163
Epreel|1653
Epreli|3153
Epreo|853
Erb|2253
Esabato|1386
Est|13B6 1C27
Esusow Aketseaba-Kɔtɔnimba|5B4
Eyl|308
Eylül|2E8
F-Ɛ|5C8
FDE|2288
FEB|1F71
FGW|228A
FLO|2280
FMF|2283
FMU|2289
FYU|228B
Fab|1421
Faburairu|1411
Fal|2F25
Falaite|2EF5
Fankwa-Ɛbɔ|5B8
Faoi|12A0
Fe|E81
Feabh|1261
Feabhra|1251
Feb|11 1B1 1C1 501 6E1 861 1221 1321 13A1 1661 1731 1761 1891 1D11 1EA1 1FF1 2201 25D1 2BD1 3161 32F1
Feb.|D1 541 D51 1CD1
Febluali|1B21
Febrero|25C1
Febreru|1881
Febrewaris|1211
Febroary|1FE1
Februar|C1 D41 1311 1CC1
Februari|4F1 6D1 851 1721 21F1
Februarie|531
February|31
Februwari|3151 32E1
Febrụwarị|1651
Feburari|1391
Feburuarĩ|1F61
Febwaliyo|1D01
Fee|D81
Feewiriye|D71
Fev|11E1 2991
Fevreiro|2981
Fevrâr|11D1
Few|3111
Fewriyee|3121
Fia|5D5
Fida|5A5
Fr|22F5
Fr.|E5 1335 1BB5
Fra|2241
Fraitaxtsees|22D5
Frar|2231
Fraí|2585
Fraídè|2555
Fraị|1675
Fraịdee|1645
Fre.|1CE5
Freideg|1CB5
Freitag|B5
Fri|5 30F5
Friday|25
Friidaach|1B85
Friitig|1305
Fritag|30C5
Fró|30F4
Fróntag|30C4
Ful|2468 29E1
Fulundïgi|29D1
Fur|17E1
Fuulbana|2458
Fuṛar|17D1
Fäb|1BA1
Fäbrowa|1B91
Fébirie|E71
Fön|29E5
Föndo|29D5
Fúngatɨ|1C90
Fēp|2F11
Fēpueli|2F01
Fĩi Dǝɓlii|2278
Fĩi Gwahlle|227A
Fĩi Loo|2270
Fĩi Marfoo|2273
Fĩi Mundaŋ|2279
Fĩi Yuru|227B
Fɛlâyɛdɛ|16F5
Fẹ\u{301}b|2571
Fẹ\u{301}búári|2561
Gamaǀaeb|22E5
Gan|F05
Gas.|2641
Gashyantare|26F1
Gat|F04
Gearr|12A1
Gen|1C20
Gen.|A00
Genver|9F0
Gibl|12A3
Gic.|2644
Gicurasi|26F4
Gitugutu|2639
Gor|1C26
Gorff|CE6
Gorffennaf|CD6
Goue.|A06
Gouere|9F6
Guak|2413 2423
Gum|2B99
Gumiguru|2B79
Gun|2B98
Gunyana|2B78
Gur|2461
Guraandhala|2451
Guru|1514
Guruwaar|1504
Gwe|1C35
Gwe.|A15
Gwen|CF5
Gwen.|A08
Gwener|9E5
Gwengolo|9F8
Gwn|1C28
Gís|1F49
H|15B1
Hag|2467
Hagayya|2457
Han|894
Haz|305
Haziran|2E5
Hed|1C29
Hei|30E6
Heiwet|30D6
Hep|20A8
Hepetema|2098
Her|30E8
Herbštmánet|30D8
Here|9F9 A09
Hid|8A3
Hih|8A5
Hit|8A4
Hiv|8A2
Hla|3175 3305
Hor|30E1
Hornig|30D1
Hul|BC6
Hulyo|BB6
Hun|BC5
Hune|2095 20A5
Hunyo|BB5
Hut|890
Huw|BD4 1164
Huwebes|BA4 1154
Hwe|1C21
Hyd|CE9
Hydref|CD9
Hën|2C21
Hìkaŋ|7D7
Hìlòndɛ\u{300}|7D5
Hôasoreǁkhâb|22EB
Hān|20A0
Hānuere|2090
Hūr|20A6
Hūrae|2096
ISonto|32D0
Ian.|1460
Ianuali|1450
Iau|CF4
Ibr|2F93
Ibrir|2F83
Ichuma|1385
Icm|13B5
Idwaata|1C95
Igi|F0B
Ij|1EB5
Ijm|6F5 1CA5 26E6
Ijn|26E2
Ijp|26E0
Ijt|26E1
Ijtn|26E3
Iju|1745 1B35 2045 26E5 2855
Ijumaa|6C5 1715 1B15 2015 26B5 2825
Ijumamosi|26B6
Ijumanne|26B2
Ijumapili|26B0
Ijumatano|26B3
Ijumatatu|26B1
Ijumáa|1C75
Ike|D28
Iku|D29 F09
Ikúmi|1C93
Il-Ġimgħa|2225
Il-Ħadd|2220
Il-Ħamis|2224
Ile|27C5 27D4
Imb|D20
Ime|27C4
Imw|D2A F0A
Ine|F12 27D3
Inyambala|1C94
Inyi|1C99
Ion|CE0
Ionawr|CD0
Is-Sibt|2226
Isi|27C7
Isn|2211 2BE1
Isniin|2BB1
Isnin|21E1
It-Tlieta|2222
It-Tnejn|2221
Ituku ja jumwa|D00
Iuch|12A6
Iul.|1466
Iulai|1456
Iun.|1465
Iune|1455
Iwi|D2B
Iwo|1A13
Iwootkuut|1A03
Iúil|1256 1266
Ištáwičhayazaŋ Wí|1D42
J-fouyir|13E9
J-guer|13E0
J-souree|13E6
J1|1EB6
J2|1EB0
J3|1EB1
J4|1EB2
J5|1EB3
JAN|1F70
JEN|1930
JMP|1E80
JUM|1F86
Jan|10 1B0 1C0 500 6E0 860 1220 1320 1420 1730 1760 1890 1BA0 1D10 1EA0 1FF0 2200 2240 2990 2BD0 2D10 3160 32F0
Jan.|D0 540 1CD0
Janairu|1410
Janeiro|2980
Janeru|1880
Jannar|2230
Jannewa|1B90
Jannewaris|1210
Janoary|1FE0
Januali|1B20
Januar|C0 1310 1CC0
Januari|4F0 6D0 850 1720 21F0 2D00
Januarie|530
January|30
Januarĩ|1F60
Januwari|32E0
Janwaliyo|1D00
Janyuwari|3150
Jed|13F0
Jedoonee|13D0
Jeh|13F5
Jeheiney|13D5
Jel|13F1
Jelhein|13D1
Jem|13F2
Jemayrt|13D2
Jen|1660 30E0
Jenner|30D0
Jenụwarị|1650
Jerc|13F3
Jercean|13D3
Jerd|13F4
Jerdein|13D4
Jerrey-fouyir|13C9
Jerrey-geuree|13C0
Jerrey-souree|13C6
Jes|13F6
Jesarn|13D6
Jiec|2431
Jiec la\u{331}t|2401
Jim|D31 2475
Jimaata|2445
Jimco|2BB5
Jmc|2BE5
Jmn|1B32
Jmo|6F6 1746 1B36 2046 2856
Jnn|6F2 1742 2042 2852
Joi|26A4
Jol|1FF6 2DD6
Jolay|1FE6
Jon|1FF5
Jona|1FE5
Jpi|6F0 1740 1B30
Jtn|6F3 1743 1B33 2043 2853
Jtt|6F1 1741 1B31 2041 2851
Jue|25E4
Jueves|25B4
Jug|11E5
Jugn|11D5
Jul|16 1B6 506 6E6 866 1226 1326 1666 1736 1766 1896 1BA6 1D16 1EA6 2206 2576 25D6 2996 2D16 3166 32F6
Jul.|546
Julaayi|1D06
Julai|6D6 856 1B26 21F6 2566
Julayi|3156 32E6
Julaị|1656
Julho|2986
Julhu|1886
Juli|C6 D6 4F6 D46 D56 1316 1CC6 1CD6 2D06
Julie|536
Julio|25C6
July|36 1C6 1216
Julyai|1726
Jum|515 D30 1435 1775 2215 2D25 2DE0 3035
Jumaah|2CF5
Jumaamosi|1B16
Jumaane|1B12
Jumaapii|1B10
Jumaat|21E5
Jumaatano|1B13
Jumaatatu|1B11
Jumamosi|6C6 1716 1E96 1F56 2016 2826
Jumamóosi|1C76
Jumamósi|1F26
Jumane|1F22
Jumanne|6C2 1712 1E92 2012 2822
Jumapil|1E50
Jumapili|6C0
Jumapilyi|1710
Jumapiri|1E90
Jumapíiri|1C70
Jumapílí|1F20
Jumat|4E5 1755
Jumatano|6C3 1E93 2013 2823
Jumatanu|1713
Jumatatu|6C1 1E91 2011 2821
Jumatatuu|1711
Jumatáano|1C73
Jumatánɔ|1F23
Jumatátu|1C71 1F21
Jumaíne|1C72
Jummaʼa|1405
Jumáa|1F25
Jun|15 1B5 505 6E5 865 1225 1325 13A5 1735 1765 1895 1BA5 1EA5 21F5 2205 2565 2575 25D5 2995 2BD5 2D15 3165 32F5
Jun.|545
June|35 1C5
Junho|2985
Junhu|1885
Juni|C5 D5 4F5 6D5 855 D45 D55 1315 1395 1B25 1CC5 1CD5 2D05 3155 32E5
Junie|535
Junio|25C5
Juny|1215
Junyi|1725
Juu|1665 1D15
Juuli|1B96
Juun|1655
Juuni|1B95 1D05
Jän.|D50
Jänner|D40
Jén|2570
Jénúári|2560
K|1043 15B2
K-Ɔ|5C1
KBR|C01
KBZ|C00
KIU|1F80
KKM|C09
KKN|C03
KMA|1940
KMK|C05
KMN|C07
KMS|C06
KMW|C08
KNB|C0B
KNK|C0A
KST|C02
KTN|C04
Kab|1E36
Kabàlàshìpù|1E26
Kad|D22 D33
Kai|F01
Kak|29EB
Kakauka|29DB
Kam|514 1774 2474
Kam.|2645
Kamena|26F5
Kamiisa|2444
Kamis|4E4 1754
Kan|D23 D34 F03 1823 2DE5
Kan.|2647
Kanama|26F7
Kar|D25
Kas|30A D24 D35 1E3A
Kaswèkèsè|1E2A
Kasım|2EA
Kat|F02
Kaw|D21 D32
Keenda|1C92
Kek.|146B
Kekemapa|145B
Kel|1821
Kem|2D24
Kemis|2CF4
Ken|F08
Kep.|1468
Kepakemapa|1458
Kerzu|9FB
Kev|1C2B
Kha|2214
Khamiis|2BB4
Khamis|21E4
Khms|2BE4
Kifula nguwo|D06
Kigarama|263B
Kipsuunde ne taai|1A0A
Kipsuunde nebo aeng\u{2019}|1A0B
Kiptaamo|1A02
Kiumia|EE0 1910 1F50
Kma|F10
Kmb|89B
Kmj|89A
Knd|1828
Knn|F07
Koa|1A24
Koaeng\u{2019}|19F2
Koang\u{2019}wan|19F4
Kol|1A26
Kolo|19F6
Kom|1A25
Komuut|19F5
Koo|1A22
Kor|2425
Kornyoot|2415
Kos|1A23
Kosomok|19F3
Kot|1A21
Kotaai|19F1
Kotisap|19F0
Kpa|1A1B
Kpt|1A1A
Kraḍ|17F2
Kraḍass|17C2
Ktn|1824
Kts|1A20
Ktũ|1822
Ku cyumweru|2700
Ku wa gatandatu|2626
Ku wa gatanu|2625
Ku wa gatatu|2623
Ku wa kabiri|2622
Ku wa kane|2624
Ku wa mbere|2621
Ku w\u{2019}indwi|2620
Kub|2B93
Kubi|3192
Kubvumbi|2B73
Kuk|2B91
Kukadzi|2B71
Kum|899 2039
Kun|27D1
Kuna|3194
Kur|241A 242A 2B92
Kuramuka jimweri|D01
Kuramuka kadadu|D03
Kuramuka kana|D04
Kuramuka kasanu|D05
Kuramuka kawi|D02
Kurume|2B72
Kusa|3193
Kuta|3195
Kuwa gatandatu|2706
Kuwa gatanu|2705
Kuwa gatatu|2703
Kuwa kabiri|2702
Kuwa kane|2704
Kuwa mbere|2701
Kuẓ|17F3
Kuẓass|17C3
Kwa|2030 2DD2
Kwakwar-Ɔgyefuo|5B1
Kwe|5D0 27D6
Kwesida|5A0
Kwiidwaata|1C85
Kwiikumi|1C83
Kwiinyambála|1C84
Kwiinyi|1C89
Kzu.|A0B
Kújúɔrɔk|1F35
Kús|1F48
Kúshîn|1F38
Kük|29E7
Kükürü|29D7
Kɔndɔŋ|7D0
Kʉfúngatɨ|1C80
Kʉkeenda|1C82
Kʉmʉʉnchɨ|1C86
Kʉnaanɨ|1C81
Kʉsaano|1C8A
Kʉsaatʉ|1C88
Kʉsasatʉ|1C8B
Kʉvɨɨrɨ|1C87
Kṭu|2F99
Kṭuber|2F89
L|1046
L-Erbgħa|2223
LP|1470
Laa|2429
Laath|2419
Lab|2DDA
Lah|1430
Lahadi|1400
Lapa le ile|27B5
Lapa le imet|27B4
Lapa le isiet|27B7
Lapa le obo|27B0
Lapa le okuni|27B2
Lapa le ong\u{2019}wan|27B3
Lapa le saal|27B8
Lapa le sapa|27B6
Lapa le tomon|27B9
Lapa le tomon obo|27BA
Lapa le tomon waare|27BB
Lapa le waare|27B1
Lar|1433
Laraba|1403
Lem|8A6
Len|29E6
Lengua|29D6
Liduva litandi|1846
Liduva lyanchechi|1842
Liduva lyannyano|1843
Liduva lyannyano na linji|1844
Liduva lyannyano na mavili|1845
Liduva lyapili|1840
Liduva lyatatu|1841
Lin|1160
Linggo|1150
Lit|1431
Litinin|1401
Ll1|1866
Ll2|1860
Ll3|1861
Ll4|1862
Ll5|1863
Ll6|1864
Ll7|1865
Llun|CF1
Luan|1271
Luanistyn|13C7 13E7
Lub|1E46
Lubingu|1E16
Luf|1E35
Lufuimi|1E25
Lui|11D6 11E6 1E31
Lul|2246 2BD6
Lulju|2236
Lum|1E34 1E40
Lumingu|1E10
Lumùngùlù|1E24
Lun|9E1 A11 BD1 1161 1C31 1E39 25E1 26A1
Lunes|BA1 1151 25B1
Lungùdi|1E29
Lus|1E32
Lush|1E37
Lusòlo|1E22
Lut|1E38
Lutongolo|1E28
Lw2|1D22
Lw3|1D23
Lw4|1D24
Lw5|1D25
Lw6|1D26
Lwakubiri|1CF2
Lwakuna|1CF4
Lwakusatu|1CF3
Lwakutaano|1CF5
Lwamukaaga|1CF6
Lwe|232A
Lwesb|3172
Lwesibini|3142
Lwesihlanu|3145
Lwesine|3144
Lwesithathu|3143
Lwezi|231A
Lâp|29F5
Lâpôsö|29C5
Lây|29F6
Lâyenga|29C6
Lép|1F44
Lìbuy li ńyèe|7DB
Lùishi|1E21
Lùna|12A7
Lùshìkà|1E27
Lún|1267
Lúnasa|1257
Lāpule|1440
M-Houney|13EA
M-Nollick|13EB
M-fouyir|13E8
M-souree|13E5
M-Ɔ|5CB
M01|30B0
M02|30B1
M03|30B2
M04|30B3
M05|30B4
M06|30B5
M07|30B6
M08|30B7
M09|30B8
M1|26D0
M10|26D9 30B9
M11|19AA 26DA 30BA
M12|26DB 30BB
M2|26D1
M3|26D2
M4|26D3
M5|26D4
M6|26D5
M7|26D6
M8|26D7
M9|26D8
MAC|1F72
MAD|2284
MAM|2287
MBI|2285
MFómh|1268
MLI|2286
MRA|1F81
Ma|E82 22F1
Ma.|551
Maa|F15 1662 1D14
Maachị|1652
Maaie|1214
Maandag|521
Maart|532 1212
Maayi|1D04
Mab|2323
Mabasa|2313
Mac|6E2 862 13A2 1732 21F2 2202
Mach|2562 2572
Machi|6D2 852 1392 1722 1B22 1F62
Madǝmbii|2277
Madǝǝuutǝbijaŋ|2274
Mae|9F4 A04
Mag|2844
Mai|C4 D4 CD4 CE4 D44 D54 11D4 11E4 1224 1314 1324 1894 1B94 1BA4 2994
Maio|2984
Maiu|1884
Mal.|1462
Malaki|1452
Mam|1A14
Mamuut|1A04
Mamǝŋgwãafahbii|2275
Mamǝŋgwãalii|2276
Mane|2081 20B1
Mangal|1512
Mangalwaar|1502
Mantaxtsees|22D1
Mar|12 1B2 1C2 302 502 BC2 BD2 D82 1162 11E2 1422 1762 1892 1D12 1EA2 1FF2 2242 25D2 25E2 26A2 2992 2BD2 2C22 2D12 2DD4 2F92 3112
March|32
Marco|2982
Maret|4F2 2D02
Maris|1412
Marisi|1D02
Mars|E72 2F82 3122
Marsi|D72
Marso|BB2
Marsu|1882
Mart|2E2
Martes|BA2 1152 25B2
Martsa|1FE2
Marzo|25C2
Marzu|2232
Març|11D2
Mas|32F2
Mashi|32E2
Mat|3162
Mat.|2643
Mata|26F3
Matshi|3152
Maw|CE2 CF2
Mawrth|CD2
May|14 34 1B4 1C4 304 BC4 1424 17E4 25D4 2BD4 2F94
Mayo|BB4 25C4
Mayrnt|13C2 13E2
Mayu|1414
Mayyu|17D4 2F84
Mayıs|2E4
Maʻa|2F12
Maʻasi|2F02
Mbe|F00 1820
Mbi|2322
Mbimbitho|2312
Mbu|2B9A
Mbudzi|2B7A
Mbä|29E2
Mbängü|29D2
Mderot ee are|27A0
Mderot ee ile|27A4
Mderot ee inet|27A3
Mderot ee kuni|27A1
Mderot ee kwe|27A6
Mderot ee ong\u{2019}wan|27A2
Mderot ee sapa|27A5
Me|D74 D84 E84 1C24
Me.|1BB3
Mean-fouyir|13C8
Mean-souree|13C5
Medi|CD8 CE8
Mee|E74 1654 1664 1CC4 1CD4 2564 2574 3114 3124
Mee Houney|13CA
Mee ny Nollick|13CB
Meh|CE5
Mehefin|CD5
Mei|4F4 504 534 544 6D4 6E4 854 864 1394 13A4 1454 1464 1724 1734 1764 1B24 1EA4 2094 20A4 21F4 2204 30E4
Meije|30D4
Meith|1265
Meitheamh|1255
Mej|2244
Mejju|2234
Mem|5D6
Memeneda|5A6
Mer|CF3
Mer.|A13
Mercʼher|9E3
Met|1C25
Metwoch|1B83
Meu|1C22
Meu.|A12
Meur.|A02
Meurzh|9E2 9F2
Mey|1FE4 1FF4 3164 32F4
Meyi|3154 32E4
Mezh.|A05
Mezheven|9F5
Meán Fómhair|1258
Meɣ|17E2
Meɣres|17D2
Mfu|D26 2329
Mfumfu|2319
Mgq|2336 3176 3306
Mgqibelo|2306 3146
Mhr|1C33
Mi.|E3 1333
Mie|26A3
Min|510
Minggu|4E0 2CF0
Mit|30F3
Mittwoch|B3
Mittwuch|1303
Mittwuč|30C3
Miy|BD3 1163
Miyerkules|BA3 1153
Mié|25E3
Miércoles|25B3
Mng|2D20
Mo.|E1 1BB1
Moc|2035
Mod|2DD5
Mohndaach|1B81
Moj|203A
Mok|2849
Mokhu|2839
Mon|1
Monday|21
Montag|B1
Moo|1826
Mori ghwa ikenda|D18
Mori ghwa ikumi|D19
Mori ghwa ikumi na imweri|D1A
Mori ghwa ikumi na iwi|D1B
Mori ghwa imbiri|D10
Mori ghwa kadadu|D12
Mori ghwa kana|D13
Mori ghwa karandadu|D15
Mori ghwa kasanu|D14
Mori ghwa kawi|D11
Mori ghwa mfungade|D16
Mori ghwa wunyanya|D17
Mpal|232B
Mpalakazi|231B
Mpan|2328
Mpandula|2318
Mpg|2847
Mrt|1222
Mrt.|542
Msh|2842
Mso|3301
Msp|2846
Mth|1C32
Mud|246B
Muddee|245B
Mug|F06 2BA6
Mugovera|2B86
Muh|284B
Muhaano|283B
Muj|2845
Mujimbi|2835
Muk|2DD1
Muka|3196
Mukakaro|2636
Mul|8A0 1A10 2850
Mulgul|1A00
Mulungu|2820
Mumu-Ɔpɛnimba|5BB
Mun|2843
Munyense|2838
Munyi|2833
Munyonyo|263A
Mup|2840
Mupalangulwa|2830
Mupuguto|2837
Muramuko|1F51
Murwa wa Kanne|1E94
Murwa wa Katano|1E95
Mus|284A
Mushende|2832
Mushende Magali|2834
Mushipepo|2836
Musongandembwe|283A
Mut.|2640
Mutarama|26F0
Muu|1E33
Muv|2BA1
Muvhuro|2B81
Mvu|2331 29E8 3171
Mvuka|29D8
Mvulo|2301 3141
Mwai wa kana|1813
Mwai wa katano|1814
Mwai wa katatũ|1812
Mwai wa kelĩ|1811
Mwai wa kenda|1818
Mwai wa mbee|1810
Mwai wa muonza|1816
Mwai wa nyaanya|1817
Mwai wa thanthatũ|1815
Mwai wa ĩkumi|1819
Mwai wa ĩkumi na ilĩ|181B
Mwai wa ĩkumi na ĩmwe|181A
Mwedi Ntandi|1850
Mwedi wa Nchechi|1853
Mwedi wa Nnyano|1854
Mwedi wa Nnyano na Mitatu|1857
Mwedi wa Nnyano na Mivili|1856
Mwedi wa Nnyano na Nchechi|1858
Mwedi wa Nnyano na Nnyano|1859
Mwedi wa Nnyano na Nnyano na M|185B
Mwedi wa Nnyano na Nnyano na U|185A
Mwedi wa Nnyano na Umo|1855
Mwedi wa Pili|1851
Mwedi wa Tatu|1852
Mwere wa gatandatũ|1925
Mwere wa gatano|1924
Mwere wa gatatũ|1922
Mwere wa ikũmi|1929
Mwere wa ikũmi na ũmwe|192A
Mwere wa kana|1923
Mwere wa kanana|1927
Mwere wa kenda|1928
Mwere wa kerĩ|1921
Mwere wa mũgwanja|1926
Mweri wa gatano|EF4
Mweri wa gatantatũ|EF5
Mweri wa ikumi|26C9
Mweri wa ikumi na mbili|26CB
Mweri wa ikumi na moja|26CA
Mweri wa ikũmi|EF9
Mweri wa ikũmi na Kaĩrĩ|EFB
Mweri wa ikũmi na ũmwe|EFA
Mweri wa kaana|26C3
Mweri wa kaili|26C1
Mweri wa kana|EF3
Mweri wa kanana|EF7
Mweri wa katatu|26C2
Mweri wa kathatũ|EF2
Mweri wa kaĩri|EF1
Mweri wa kenda|EF8
Mweri wa kwanza|26C0
Mweri wa mbere|EF0
Mweri wa mũgwanja|EF6
Mweri wa nane|26C7
Mweri wa saba|26C6
Mweri wa sita|26C5
Mweri wa tanu|26C4
Mweri wa tisa|26C8
Mweri wo kumi|2029
Mweri wo kumi na moja|202A
Mweri wo kumi na yel\u{2019}li|202B
Mweri wo kwanza|2020
Mweri wo nane|2027
Mweri wo saba|2026
Mweri wo thanu na mocha|2025
Mweri wo tisa|2028
Mweri wo unayeli|2021
Mweri wo unecheshe|2023
Mweri wo uneraru|2022
Mweri wo unethanu|2024
Mwi|2841
Mwitope|2831
Mye|2848
Màcɛ\u{302}l|7D1
Màrt|12A2
Màtop|7D3
Màtùmb|7D2
Màyɛsèp|7DA
Máirt|1272
Márta|1252 1262
Mä.|1331
Mäe.|1CD2
Mäerz|1CC2
Män|30F1
Mäntag|30C1
Mär|1322 30E2
März|C2 D2 D42 D52 1312
Märze|30D2
Mäz|1BA2
Määntig|1301
Määz|1B92
Méi|2D04 2D14
Méi.|1CE1
Méindeg|1CB1
Mër|2C23
Mët.|1CE3
Mëttwoch|1CB3
Móosi|1CA6
Mórusásin|1F36
Mùuyà|1E23
Māe|20A2
Māehe|2092
Mē|2F04 2F14
MĨĨ|1F74
Mĩĩ|1F64
Mōn|2F21
Mōnite|2EF1
Mɔnɔ ŋgbanja|19A4
Mɔ\u{301}ndi|16F1
Mʉʉnchɨ|1C96
M\u{300}puyɛ|7D4
Mọn|1671
Mọnde|1641
Mọ\u{301}n|2581
Mọ\u{301}ndè|2551
N|1044
NGS|1E86
NJR|1F76
NJU|1F75
NJumamothii|EE6
NMA|1945
NMM|F16 1946
NMN|1942
NMT|1943
NOV|1F7A
NTT|1941
Naanɨ|1C91
Nab|29EA
Nabändüru|29DA
Nai|29A4
Nakaare|2DB2
Nakaebarasa|2DB1
Nakaejuma|2DB0
Nakakany|2DB5
Nakasabiti|2DB6
Nakaung\u{2019}on|2DB4
Nakauni|2DB3
Nan|897 2037
Ncw|2327
Ncwabakazi|2317
Ndamukiza|2633
Ndangù|1E13
Ndg|1E43
Ndi|2B90
Ndira|2B70
Ndithemba|192B
Nduŋmbi Saŋ|1700
Ndy|1E42
Ndàayà|1E12
Ngat|1A11
Ngb|29E9
Ngberere|29D9
Nge|1A16
Ngeso|1E56
Ngu|D36 29E3
Ngubùe|29D3
Ngv|1E45
Ngòvya|1E15
Ng\u{2019}atyaato|1A01
Ng\u{2019}eiyeet|1A06
Nhla|2325
Nhlangula|2315
Nhlo|2321
Nhlolanja|2311
Nis|303
Nisan|2E3
Njenuarĩ|1920
Njumaa|EE5 1915
Njumaine|EE2 1912
Njumamothi|1916
Njumatana|1913
Njumatano|EE3
Njumatatu|EE1
Njumatatũ|1911
Njuni|1F65
Njuraĩ|1F66
Njw|1E44
Njèbà|7D6
Njòwa|1E14
Nko|1E41
Nkodya|1E11
Nkw|2324
Nkwenkwezi|2314
No|E8A
Nob|BCA 13AA
Nobemba|139A
Nobyembre|BBA
Noem|20AA
Noema|209A
Nof|2BDA
Noll|126B
Nollaig|125B
Noo|D8A
Noowanbur|D7A
Nop|2D1A
Nopémber|2D0A
Nov|1A 1BA 1CA 50A 6EA 86A 11EA 122A 132A 166A 173A 176A 1BAA 1D1A 1EAA 1FFA 220A 224A 25DA 299A 316A 32FA
Nov.|DA 54A D5A 1CDA
Novambra|1FEA
Novemba|6DA 85A 165A 172A 1B2A 1D0A 1F6A 315A 32EA
Novembar|E7A 11DA
November|3A CA 4FA 53A D4A 1CCA 21FA
Novembro|298A
Novembru|223A
Noviembre|25CA
Novimber|121A
Novämber|131A 1B9A
Now|311A
Now.|146A
Nowemapa|145A
Nowàmbar|312A
Ntu|2326
Ntulikazi|2316
Ntwarante|2632
Ntʉ\u{301}|1F4B
Ntʉ\u{301}ŋʉ\u{301}s|1F3B
Nun|17EA
Nunembeṛ|17DA
Nuv|189A
Nuvenbru|188A
Nuw|142A
Nuwamba|141A
Nwa|2F9A
Nwanbir|2F8A
Nya|1827 2B97
Nya.|2646
Nyakanga|2638 26F6
Nyamavhuvhu|2B77
Nyandagaro|2637
Nyaŋgwɛ ŋgbanja|19A5
Nye|29E0
Nyenye|29D0
Nyɔlɔmbɔŋgɔ|19A3
Nze.|2648
Nzeli|26F8
Nzero|2630
Nōv|2F1A
Nōvema|2F0A
Nọv|257A
Nọvẹ\u{301}mba|256A
O-A|5C5
OKB|C12
OKN|C14
OKS|C13
OKT|C15 1F79
OMK|C16
ORK|C11
Obirade-Ayɛwohomumu|5B5
Obo|27C0
Oca|300
Ocak|2E0
Oct|19 1B9 1C9 25D9
October|39
Octubre|25C9
Odung\u{2019}el|2DC3
Oga|867
Ogasti|857
Ogo|2207
Ogos|21F7
Ogs|2BD7
Ojola|2DC6
Ok|E89
Oke|20A9
Oketopa|2099
Oki|1D19
Okitoba|1399
Okitobba|1D09
Okt|509 6E9 869 BC9 D89 1229 1329 13A9 1429 1739 1769 1BA9 1EA9 1FF9 2209 2BD9 2D19 3119 3169 32F9
Okt.|D9 549 D59 1CD9
Okthoba|32E9
Okthobha|3159
Oktoba|6D9 859 1419 1729 1B29
Oktobar|E79
Oktober|C9 4F9 539 D49 1219 1CC9 21F9 2D09
Oktobra|1FE9
Oktohber|1B99
Oktoobar|3129
Oktoober|1319
Oktoobur|D79
Oktubre|BB9
Oktũba|1F69
Oku|27C2
Okwaikumi|BF9
Okwaikumi na ibiri|BFB
Okwaikumi na kumwe|BFA
Okwakabiri|BF1
Okwakana|BF3
Okwakashatu|BF2
Okwakataana|BF4
Okwamg\u{2019}|2DC2
Okwamukaaga|BF5
Okwamunaana|BF7
Okwamushanju|BF6
Okwamwenda|BF8
Okwokubanza|BF0
Olabor|2DCA
Oladalʉ\u{301}|1F30
Olgísan|1F39
Olodoyíóríê inkókúâ|1F33
Oloilépūnyīē inkókúâ|1F34
Olokuna|3184
Olokutaanu|3185
Olomukaaga|3186
Omaruk|2DC4
Omodok\u{2019}king\u{2019}ol|2DC5
Omuk|2DC1
Ong|27C3 27D2
Onk|2469
Onkololeessa|2459
Opedel|2DC7
Opoo|2DCB
Orara|2DC0
Orwakabiri|BE2
Orwakana|BE4
Orwakashatu|BE3
Orwakataano|BE5
Orwamukaaga|BE6
Orwokubanza|BE1
Oshù Agɛmɔ|3276
Oshù Bélú|327A
Oshù Owewe|3278
Oshù Shɛ\u{301}rɛ\u{301}|3270
Oshù Èrèlè|3271
Oshù Ìgbé|3273
Oshù Ògún|3277
Oshù Òkúdu|3275
Oshù Ɔ\u{300}pɛ\u{300}|327B
Oshù Ɔ\u{300}wàrà|3279
Oshù Ɛrɛ\u{300}nà|3272
Oshù Ɛ\u{300}bibi|3274
Osokosokoma|2DC8
Otibar|2DC9
Ott|2249
Ottubru|2239
Otu|11E9 1899 2999
Otubar|11D9
Otubro|2989
Otubru|1889
Ouj|1BA7
Oujoß|1B97
Owe|3218 3258
Owokubili|3182
Owokusatu|3183
Owáŋgyužažapi|1D36
Oṣù Agẹmọ|3236
Oṣù Bélú|323A
Oṣù Owewe|3238
Oṣù Èrèlè|3231
Oṣù Ìgbé|3233
Oṣù Ògún|3237
Oṣù Òkúdu|3235
Oṣù Ṣẹ\u{301}rẹ\u{301}|3230
Oṣù Ẹrẹ\u{300}nà|3232
Oṣù Ẹ\u{300}bibi|3234
Oṣù Ọ\u{300}pẹ\u{300}|323B
Oṣù Ọ\u{300}wàrà|3239
P|1040 15B5
P1|1471
P2|1472
P3|1473
P4|1474
P5|1475
P6|1476
Pa Mulungu|840
Paa|1A15
Paagi|1A05
Pachibelushi|846
Palichibuli|842
Palichimo|841
Palichine|844
Palichisano|845
Palichitatu|843
Par|20B5
Paraire|2085
Pay|2426 3034
Pay yie\u{331}tni|2416
Paz|310
Pazar|2F0
Pazartesi|2F1
Peb|BC1
Pebrero|BB1
Ped|2DD7
Pep.|1461
Pepeluali|1451
Per|314
Perşembe|2F4
Pir|29A2
Poo|2DDB
Pos|29A1
Poʻahā|1444
Poʻakahi|1441
Poʻakolu|1443
Poʻalima|1445
Poʻalua|1442
Poʻaono|1446
Pre|2C25
Pul|2F23
Pulelulu|2EF3
Pzt|311
Péb|2D11
Pébruari|2D01
Píili|1CA0
Pēp|20A1
Pēpuere|2091
Pȟežítȟo Wí|1D43
Pɛsaŋ Ntsɔ\u{30C}pmɔ\u{301}|170A
Pɛsaŋ Ntsɔ\u{30C}ppá|170B
Pɛsaŋ Nɛgɛ\u{301}m|1709
Pɛsaŋ Pataa|1704
Pɛsaŋ Pɛ\u{301}nɛ\u{301}fɔm|1707
Pɛsaŋ Pɛ\u{301}nɛ\u{301}kwa|1703
Pɛsaŋ Pɛ\u{301}nɛ\u{301}ntúkú|1705
Pɛsaŋ Pɛ\u{301}nɛ\u{301}pfúꞋú|1708
Pɛsaŋ Pɛ\u{301}pá|1701
Pɛsaŋ Pɛ\u{301}tát|1702
Pɛsaŋ Saambá|1706
Pɛt|2411 2421
Pʉshʉ\u{301}ka|1F3A
Qib|2472
Qibxata|2442
R|1045
Rab|513 1773 2213
Rabu|4E3 1753 21E3
Rar|2032 2DD0
Ravi|1510
Raviwaar|1500
Reb|2D23
Rebo|2CF3
Rhag|CEB
Rhagfyr|CDB
Rob|2473
Rok|1F45
Roo|1A17
Roobii|2443
Rooptui|1A07
Ruheshi|2635
Ruhuhuma|2631
Rusama|2634
Rāh|20B6
Rāhoroi|2086
Rāt|20B0
Rātapu|2080
Rɛw|2432
Rɛw lätni|2402
S-Ɔ|5C0
SAN|C10
SPT|1F78
Sa|E80
Sa.|E6 556 1336 1BB6
Saa|27C8
Saano|1C9A
Saatʉ|1C98
Sab|516 896 BD6 1166 1776 1D20 2036 2040 2216 25E6 29A6 2DE6
Sabado|BA6 1156
Sabato|2010
Sabbiiti|1CF0
Sabi|3190
Sabiiti|3180
Sabti|2BB6
Sabtu|4E6 1756 21E6
Sabudu|2976
Sad|CF6 1C36 246A
Sad.|A16
Sadaasa|245A
Sadorn|9E6
Sal|312 2D22
Salasa|2CF2
Salı|2F2
Sam|17F4 30F6 3110
Sam.|1CE6
Samass|17C4
Samh|126A 12AA
Samhain|125A
Samschdeg|1CB6
Samschtig|1306
Samsdaach|1B86
Samstag|B6
Samwiyee|3120
Samštag|30C6
San|17F1 2476
Sanass|17C1
Sanbata|2446
Sanda-Ɔpɛpɔn|5B0
Sande|BE0
Sanvie|E70
Sap|27C6 27D5 2D26
Saptu|2CF6
Sasatʉ|1C9B
Sat|6 1428 1676 22F6
Saterdag|526
Satertaxtsees|22D6
Sath|1276
Satumba|1418
Saturday|26
Satọdee|1646
Say|17F6
Sayass|17C6
Sbti|2BE6
Se|E88
Seb|1D18 2BD8
Sebuttemba|1D08
Sek|D88
Sektanbur|D78
Sel|512 1772 2212
Selasa|4E2 1752 21E2
Sen|511 1771 2D21
Senin|4E1 1751
Senén|2CF1
Sep|18 508 6E8 868 1228 1328 13A8 1668 1738 1768 1EA8 1FF8 2208 2F18 32F8
Sep.|548 D58 1CD8
Sepitema|2F08
Sept|1B8 1C8 3168
Sept.|D8
Septambra|1FE8
Septemba|6D8 858 1398 1658 1728 1B28 1F68 3158
September|38 C8 4F8 538 D48 1CC8 21F8
Septhemba|32E8
Septimber|1218
Septämber|1318 1B98
Sesh|3032
Set|BC8 11E8 1898 2248 25D8 2998
Setembar|11D8
Setembro|2988
Setenbru|1888
Setiembre|25C8
Settembar|E78
Settembru|2238
Setyembre|BB8
Sha|29A5
Shan|3036
Shani|1516
Shaniwaar|1506
Sht|2C26
Shukra|1515
Shukrawaar|1505
Shɛ\u{301}r|3250
Shʉ\u{301}|1F4A
Sib|E96 2256 2332
Sibili|2302
Sibiti|E66
Sih|2335
Sihlanu|2305
Sin|2334 3174 3304
Sine|2304
Sit|895 2333
Sithathu|2303
Siu|2F16
Siulai|2F06
So.|E0 550
Sok|2DD8
Som|1511
Somwaar|1501
Son|22F0 2330 3300
Son.|1CE0
Sondag|520
Sonndeg|1CB0
Sonntag|B0
Sontaxtsees|22D0
Sonto|2300
Su|E85
Su.|1330 1BB0
Sueŋ|E75
Sul|9E0 A10 CF0 1C30 3116
Sulet|3126
Sult|12A8
Sun|0 2F15 30F0
Sunday|20
Sune|2F05
Sunndaach|1B80
Sunntag|30C0
Sunntig|1300
Suw|3115
Suwe|3125
Svo|2BA0
Svondo|2B80
Sze|15B3
Szo|15B6
Sàt|3118
Sàttumbar|3128
Sábado|25B6
Sás|1F46
Sásidɛ|16F6
Sát|2586
Sátọdè|2556
Sâm|26A6
Säp|1BA8
Sép|2D18
Séptémber|2D08
Sú|E86
Súuyee|E76
Sān|2F10
Sānuali|2F00
Sāp|2F20
Sāpate|2EF0
Sɔ\u{301}ndi|16F0
Sḍis|17F5
Sḍisass|17C5
Sẹp|2578
Sẹptẹ\u{301}mba|2568
Sọn|1670
Sọndee|1640
Sọ\u{301}n|2580
Sọ\u{301}ndè|2550
T|1042
T-arree|13E1
TAB|1E85
TAD|1E83
TAN|1E84
TAR|1E82
Taa|1A12
Tach|CEA
Tachwedd|CDA
Tai|893
Tal|E92 1432 2002 3132
Talaado|2BB2
Talaata|3102
Talata|E62 1402 1FD2
Tan|F13
Taraǀkhuumûǁkhâb|22E8
Tat|F11 29A3
Tem|306
Temmuz|2E6
Ten|E91
Teneŋ|E61
Th 2|4D1
Th 3|4D2
Th 4|4D3
Th 5|4D4
Th 6|4D5
Th 7|4D6
Tha|1825 2034 3173 3303
Thiyóȟeyuŋka Wí|1D41
Thoo|2427
Tho\u{331}o\u{331}r|2417
Thu|4
Thursday|24
Thứ Ba|4A2
Thứ Bảy|4A6
Thứ Hai|4A1
Thứ Năm|4A4
Thứ Sáu|4A5
Thứ Tư|4A3
Tib|2DD9
Tich Abich|1E55
Tich Adek|1E53
Tich Ang\u{2019}wen|1E54
Tich Ariyo|1E52
Tid|242B
Tiop|2420
Tiop thar pɛt|2410
Tio\u{331}p in di\u{331}i\u{331}t|241B
Tis|898 2038
Tiu|1672
Tiuzdee|1642
Tiú|2582
Tiúzdè|2552
Tldo|2BE2
Tli|2252
Tne|2251
Tob|27CA
Tok|2F26
Tokonaki|2EF6
Tom|27C9
Toshiaght-arree|13C1
Tow|27CB
Tub|17E9
Tubeṛ|17D9
Tue|2
Tuesday|22
Tuʻa|2F24
Tuʻapulelulu|2EF4
Táano|1CA3
Táatu|1CA1
Tāit|20B4
Tāite|2084
Tīhe|20AB
Tīhema|209B
Tīs|2F1B
Tīsema|2F0B
Tūr|20B2
Tūrei|2082
Tūs|2F22
Tūsite|2EF2
Tȟahékapšuŋ Wí|1D4B
Tɔ\u{301}sɛdɛ|16F4
Tɛɛ|2428
Tɛɛr|2418
Tọ\u{301}z|2584
Tọ\u{301}zdè|2554
Tọọ|1674
Tọọzdee|1644
ULwesibili|32D2
ULwesihlanu|32D5
ULwesine|32D4
ULwesithathu|32D3
UMgqibelo|32D6
UMsombuluko|32D1
Ugu.|264A
Ugushyingo|26FA
Uku.|264B
Ukuboza|26FB
Ukw.|2649
Ukwakira|26F9
Una|2031
Ung|2DE4
Uni|2DE3
Ut|D77 D87 E77 E87 3117 3127
V|15B0
Vie|25E5
Viernes|25B5
Vil|891 8A1
Vin|26A5
Vr.|555
Vrydag|525
Vɨɨrɨ|1C97
WAI|1F82
WEN|1F84
WET|1F83
WGT|1932
WIK|1939
WKD|1938
WKN|1933
WKR|1931
WMJ|1936
WMW|193A
WNN|1937
WTD|1935
WTN|1934 1F85
WUT|1E81
Wa kana|1804
Wa katano|1805
Wa katatũ|1803
Wa kelĩ|1802
Wa kwambĩlĩlya|1801
Wa kyumwa|1800
Wa thanthatũ|1806
Waa|27C1
Wairi|1F52
Waníyetu Wí|1D4A
Wasútȟuŋ Wí|1D47
Wax|2465
Waxabajjii|2455
Wed|3
Wednesday|23
Wen|1673
Wena|1F54
Wene|20B3
Wenerei|2083
Wenezdee|1643
Wer.|2642
Werurwe|26F2
Wetano|1F55
Wethatu|1F53
Wiixata|2441
Win|30EA
Wintermánet|30DA
Wix|2471
Wiótheȟika Wí|1D40
Wkl|1832
Wkn|1834
Wkw|1831
Wky|1830
Wo.|553
Woensdag|523
Wth|1836
Wtn|1835
Wtũ|1833
Wu|22F3
Wuk|5D3
Wukuda|5A3
Wun|D27
Wunstaxtsees|22D3
Wuok Tich|1E51
Wím|30E9
Wímánet|30D9
Wípazukȟa-wašté Wí|1D45
Wɛ\u{301}nɛsɛdɛ|16F3
Wẹ\u{301}n|2583
Wẹ\u{301}nẹ\u{301}zdè|2553
Yak|3030
Yan|17F0
Yanass|17C0
Yaou|9E4 A14
Yaw|5D4
Yawda|5A4
Yeb|17E3 2F91
Yebrayer|2F81
Yebrir|17D3
Yel|203B
Yen|17E0 2F90
Yennayer|17D0 2F80
Yow|1C34
Yul|1426 17E6 2F96
Yuli|1416
Yulyu|17D6
Yulyuz|2F86
Yun|1425 17E5 2F95
Yuni|1415
Yunyu|17D5 2F85
Zen|11E0
Zenâr|11D0
Zi.|1332
Zib|2320
Zibandlela|2310
Ziischtig|1302
Ziš|30F2
Zištag|30C2
Zom|2005
Zoma|1FD5
Zvi|2B9B
Zvita|2B7B
aaɓ|1111
aaɓnde|10E1
abe.|107B
abendua|105B
abr|153 723 2883
abr.|1F3 FF3 1003 12E3
abril|143 1E3 FE3 12D3
abrile|2873
abu.|1077
abuztua|1057
ada|1BE2
adarê|1BC2
ade|F4A
adeɛmekpɔxe|F3A
afɔ|F43
afɔfĩe|F33
aggustip|19B7
ago|157 247 727
ago.|1F7 FF7 1007 12E7
agosto|147 1E7 237 FE7 12D7
agt|1D77
aijima|30A5
aimisa|30A4
akw|2A74
akwas|2A44
akṛ|2A73
akṛas|2A43
al.|1081
ala|944
alaba|30A3
alamisa|914
an|1E02
ann|2EE5
anna|2EC5
antradienis|1DF2
any|F48
anyɔnyɔ|F38
août|107 117 11A7 11B7
api.|1073
apirila|1053
apl|1D73
apr|243 283 763 A83 FC3 1033 1623 19D3 2CB3 2CE3 2ED3 3023
apr.|343 383 3B3 E03 1563 16D3 1EE3 23C3 2683 2B13
aprel|743 2EB3 3013
apriilip|19B3
april|273 333 373 3A3 A73 1613 2B03 2CA3
aprile|233
aprilie|2673
aprill|1023
aprilo|FB3
apryla|DF3 1553
apríl|1183 16C3
apríla|2AD3
aprīlis|1ED3
ar.|1082
ara|943
araba|913
arf|19E6
arfininngorneq|19C6
asa|2A70
asamas|2A40
asi|2A72
asim|2A75
asimwas|2A45
asinas|2A42
asiḍ|2A76
asiḍyas|2A46
asteartea|1062
asteazkena|1063
astelehena|1061
ata|19E1
ataasinngorneq|19C1
aug|287 A87 1037 1627 19D7
aug.|347 387 3B7 15A7 1EE7 23C7 2687
august|377 3A7 A77 1027 1187 2677
augusta|2AD7
augusti|337
augusto|1617
augusts|1ED7
augustus|277
augusztus|1587
aus|2887
austu|2877
avg|2CB7 2CE7 3027
avg.|2B17
avgust|2B07 2CA7 3017
avi|72B
avq|767
avqust|747
avr|1BE3 1FB3
avr.|113 11A3 11B3
avril|103 1FA3
avrêlê|1BC3
awg|2ED7
awg.|E07 1567
awgust|2EB7
awgusta|DF7 1557
awi|933
awirili|923
ayn|2A71
aynas|2A41
az.|1083
aza.|107A
azaroa|105A
aŭg|FC7
aŭgusto|FB7
balandžio|1DE3
bazar|750
bazar ertəsi|751
be|2965
bear|2935
bearjadat|2915 2945
ber|1BEB
berfanbarê|1BCB
bio|7E9
birželio|1DE5
bla|F52
blaɖa|F22
borg|2927 2957
borgemánnu|2907
bow|110B
bowte|10FB
března|432
bṛa|2A61
bṛayṛ|2A51
cab|2888
cabudanni|2878
ceturtd.|1EF4
ceturtdiena|1EC4
che|2895
chenàbura|2865
chorshanba|3003
col|1101
colte|10F1
csütörtök|1594
cu.|2650
cuo|2923
cuoŋ|2953
cuoŋománnu|2903
cut|2A68
cutanbir|2A58
cuáŋui|2B53
cuáŋuimáánu|2B43
cyu.|2720
cze|2C5
czerwca|2B5
czw.|2D4
czwartek|2A4
cümə|755
cümə axşamı|754
da december|260B
da fanadur|2606
da favrer|2601
da mars|2602
da matg|2604
da november|260A
da schaner|2600
da settember|2608
da zercladur|2605
dam|F44
dama|F34
dc.|B13
de des.|B0B
de desembre|AFB
de febr.|B01
de febrer|AF1
de febreru|711
de gen.|B00
de gener|AF0
de jul.|B06
de juliol|AF6
de juny|AF5 B05
de maig|AF4 B04
de marzu|712
de març|AF2 B02
de mayu|714
de nov.|B0A
de novembre|AFA
de payares|71A
de set.|B08
de setembre|AF8
de setiembre|718
de xineru|710
de xunetu|716
de xunu|715
dea|F47
deasiamime|F37
dec|28B A8B FCB 162B 19DB 2CBB 2CEB
dec.|34B 38B E0B 12EB 156B 15AB 1EEB 268B 2B1B
decembar|A7B 2CAB
decembarip|19BB
december|27B 33B 37B 158B 2B0B
decembra|DFB 155B 2ADB
decembre|161B
decembrie|267B
decembris|1EDB
decembro|FBB 12DB
dek|76B 2EDB 302B
dekabr|74B 2EBB 301B
des|93B 1FBB
des.|3BB 16DB 23CB
desam|1FAB
desanburu|92B
desember|3AB 118B 16CB
dets|103B
detsember|102B
dew|1110
dewo|10E0
dez.|1FB
dezembro|1EB
dg.|B10
dhen Chèitean|1294
dhen Dàmhair|1299
dhen Dùbhlachd|129B
dhen Fhaoilleach|1290
dhen Ghearran|1291
dhen Ghiblean|1293
dhen Iuchar|1296
dhen Lùnastal|1297
dhen Mhàrt|1292
dhen t-Samhain|129A
dhen t-Sultain|1298
dhen Ògmhios|1295
dhj|2C1B
dhjetor|2C0B
di|292 E40 FD0 2962
dic|15B 24B
dic.|FFB 100B
dicembre|23B
diciembre|14B FEB
dijous|AE4
dilluns|AE1
dim|1FC0
dim.|120
dimanche|F0
dimans|1F90
dimanĉo|FA0
dimarts|AE2
dimecres|AE3
dimɔ\u{301}di|E30
dinsdag|262
dip|7E8
disdat|2942
dissabte|AE6
diumenge|AE0
divendres|AE5
diŋ|E47
diŋgindi|E37
diɓ|E43
diɓáɓá|E33
dj.|B14
dl.|B11
do|294
dom|160 250 730 11F0 1630 2890
dom.|200 12F0
domenica|220
domenie|11C0
domingo|130 1D0 210 12C0
domingu|700
dominica|1600
domìniga|2860
donderdag|264
ds.|B16
dsb|1D7B
dt.|B12
du|2610 2964
dubna|433
duj|2A6B
dujanbir|2A5B
dum|586 18A0
dum.|2690
dumengia|25F0
dumingu|1870
duminică|2660
duor|2934
duorasdat|2914
duorastat|2944
dushanba|3001
duu|1104
duujal|10F4
duş|2EE1
duşem|1BD1
duşenbe|2EC1
dv.|B15
dy Gwener|1C15
dy Lun|1C11
dy Merher|1C13
dy Meurth|1C12
dy Sadorn|1C16
dy Sul|1C10
dy Yow|1C14
dzd|F41
dzk|596
dzm|F4B
dzo|F51
dzodze|F31
dzome|F3B
dzove|F30
dzoɖa|F21
dzu|588
dzv|F40
déc.|11B 11AB 11BB
décembre|10B
dş|1BF1
d\u{2019}abr.|B03
d\u{2019}abril|713 AF3
d\u{2019}ag.|B07
d\u{2019}agost|AF7
d\u{2019}agostu|717
d\u{2019}avientu|71B
d\u{2019}avrigl|2603
d\u{2019}avust|2607
d\u{2019}ochobre|719
d\u{2019}oct.|B09
d\u{2019}october|2609
d\u{2019}octubre|AF9
e diel|2BF0
e enjte|2BF4
e hënë|2BF1
e martë|2BF2
e mërkurë|2BF3
e premte|2BF5
e shtunë|2BF6
efute|31B6
eka.|1075
ekaina|1055
elok.|3F7
elokuuta|3E7
elá|E4B
eláŋgɛ\u{301}|E3B
emi|E44
emiasele|E34
ene|150
ene.|FF0 1000
enero|140 FE0
ensil, oóli ú kátánuɛ|31B4
esa|E56
esaɓasú|E26
esmaspäev|1011
esɔ|E45
esɔpɛsɔpɛ|E35
et|31D3
eye|1D80
eyenga|1D50
fbl|1D71
feb|151 241 281 721 931 A81 FC1 1621 2CB1 2CE1
feb.|341 381 3B1 E01 FF1 1001 12E1 1561 16D1 23C1 2681 2B11
febbraio|231
febr|19D1
febr.|15A1 1EE1
febreiro|12D1
febrero|141 FE1
februaarip|19B1
februar|371 3A1 A71 1181 2B01 2CA1
februara|DF1 1551
februari|271 331
februarie|2671
februario|1611
februaro|FB1
február|1581
februára|2AD1
februāris|1ED1
febrúar|16C1
feburuye|921
feléte|31A5
fev|761 1FB1 3021
fev.|1F1
fevereiro|1E1
fevral|741 3011
fevriye|1FA1
few|2ED1
fewral|2EB1
fim.|16E4
fimmtudagur|16B4
fiɖ|F55
fiɖa|F25
fl|31D5
fr|1235
fr.|23D5
fre|355 2881
fre.|395 3C5
fredag|325 365 23B5
freed|1205
freàrgiu|2871
frí.|1195
fríggjadagur|1175
fwo|58B
fév.|11B1
févr.|111 11A1
février|101
fös.|16E5
föstudagur|16B5
fúl|10C5
fúladé|1095
fɔe|587
fɛ|19A7
ga|2963
gas.|2711
gask|2933
gaskavahkku|2913 2943
geas|2925 2955
geassemánnu|2905
gegužės|1DE4
gel|1BE7
gelawêjê|1BC7
gen|240
gennaio|230
ghe|2880
ghennàrgiu|2870
ghɔ|592
ghɨ|595
gic.|2714
gie|2614
gievgia|25F4
gio|254
giovedì|224
giu|245
giugno|235
giò|2894
giòbia|2864
gli|2611
glindesdi|25F1
gnd.|2656 2726
gnu.|2655 2725
golg|2929 2959
golggotmánnu|2909
gru|2CB
grudnia|2BB
gruodžio|1DEB
gtu.|2653 2723
gul|1BE4
gulanê|1BC4
guov|2921 2951
guovvamánnu|2901
gush|2C17
gusht|2C07
hbi|1116
heinäk.|3F6
heinäkuuta|3E6
helmik.|3F1
helmikuuta|3E1
hik|7E7
hil|7E5
hoore-biir|10E6
huhtik.|3F3
huhtikuuta|3E3
hétfő|1591
hós.|1194
hósdagur|1174
ian.|2680
ianuarie|2670
ibr|2A63
ibrir|2A53
id|32A3
ig.|1080
igandea|1060
imeg mbəŋchubi|2062 2072
imeg àbùbì|2061 2071
iməg fog|2064 2074
iməg ichiibɔd|2065 2075
iməg ichika|2067 2077
iməg krizmed|206B 207B
iməg kud|2068 2078
iməg mbegtug|2060
iməg ngwə\u{300}t|2063 2073
iməg tèsiʼe|2069 2079
iməg zò|206A 207A
iməg àdùmbə\u{300}ŋ|2066 2076
imɛŋ i putúk,oóli ú kátíɛ|31B9
imɛŋ i puɔs|31B8
inn|2A60
innayr|2A50
ira.|1078
iraila|1058
irũdí|3293
iul.|2686
iulie|2676
iun.|2685
iunie|2675
iyl|766 3026
iyn|765 3025
iyul|746 3016
iyun|745 3015
iýul|2EB6 2ED6
iýun|2EB5 2ED5
jaan|1030
jaanuar|1020
jan|280 A80 FC0 1620 19D0 2C10 2CB0 2CE0
jan.|1F0 340 380 3B0 E00 11B0 1560 15A0 16D0 23C0 2B10
janar|2C00
janeiro|1E0
januaarip|19B0
januar|370 3A0 A70 1180 2B00 2CA0
januara|DF0 1550
januari|270 330
januario|1610
januaro|FB0
január|1580
januára|2AD0
janv.|110 11A0 1EE0
janvier|100
janvāris|1ED0
janúar|16C0
jeu.|124
jeudi|F4
joi|11F4 2664 2694
joibe|11C4
jol|110A
jolal|10FA
jon|7F6
jouluk.|3FB
joulukuuta|3EB
jov|1634
jovedi|1604
jue|164
jueves|134
jui.|11B5
juil.|116 11B6
juill.|11A6
juillet|106
juin|105 115 11A5
juk|1107
juko|10F7
jul|156 286 A86 FC6 1626 19D6 2CA6 2CB6 2CE6
jul.|1F6 386 3B6 E06 FF6 1006 1566 2B16
julho|1E6
juli|276 336 346 376 3A6 A76 1186 23C6
julij|2B06
julija|DF6 1556
julio|146 FB6 FE6 1616
jum|945
juma|915 3005
jun|155 285 A85 FC5 1625 19D5 2CA5 2CB5 2CE5
jun.|1F5 385 3B5 E05 FF5 1005 1565 2B15
junho|1E5
juni|275 335 345 375 3A5 A75 1185 23C5
junij|2B05
junija|DF5 1555
junio|145 FB5 FE5 1615
juov|292B 295B
juovlamánnu|290B
juovlâ|2B5B
juovlâmáánu|2B4B
juuli|1026 1036
juulip|19B6
juuni|1025 1035
juunip|19B5
júl.|15A6 16D6
júla|2AD6
július|1586
júlí|16C6
júm|1B75
júmbá|1B45
jún.|15A5 16D5
júna|2AD5
június|1585
júní|16C5
jūl.|1EE6
jūlijs|1ED6
jūn.|1EE5
jūnijs|1ED5
jǝǝ|1B74
jǝǝdí|1B44
kaa|58A
kab.|2652 2722
kam.|2715
kan.|2654 2717 2724
kar|940
kari|910
ke|403
kedd|1592
kel|F49
kele|F39
kesi|2B55
kesimáánu|2B45
keskiviikko|3D3
keskiviikkona|413
kesäk.|3F5
kesäkuuta|3E5
ketvirtadienis|1DF4
kew|1BE9
kewçêrê|1BC9
kin|18A4
kinta-fera|1874
kl|31D4
kol|1537
kolmapäev|1013
kolovoza|1527
kor|1105
korr|2C16
korrik|2C06
korse|10F5
kos|2B63
koskokko|2B33
kovo|1DE2
kpa|591
kris|239B
krísimin|238B
kt|1E04
ktu|2A69
ktubr|2A59
kua|18A3
kuarta-fera|1873
kuovâ|2B51
kuovâmáánu|2B41
kuŋgwɛ|19A6
kuɖ|F53
kuɖa|F23
května|434
kwa|E52
kwasú|E22
kwi|2C3
kwietnia|2B3
kúpélimetúkpiapɛ|31A4
kɔn|7E0
kɔs|F50
kɔsiɖa|F20
kɔɔ|7F5
kɨz|581
la|406
la.|23D6
lahadi|30A0
lapkričio|1DEA
larunbata|1066
lau.|16E6
lauantai|3D6
lauantaina|416
laugardagur|16B6
laupäev|1016
laurdag|23B6
ledna|430
ley.|1196
leygardagur|1176
liepos|1DE6
lin|1FC1
lindi|1F91
lip|2C6 1535
lipca|2B6
lipnja|1525
lis|2CA 1539
listopada|2BA 1529
listopadu|43A
liɓ|7EB
llu|731
llunes|701
lokak.|3F9
lokakuuta|3E9
lr.|1086
lu|FD1
lug|246
luglio|236
lun|161 251 11F1 1631 2891
lun.|121 2691
lundi|F1 1991
lundo|FA1
lunedi|1601
lunedì|221
lunes|131
luni|2661
lunis|11C1 2861
luns|12C1 12F1
lut|2C1
lutego|2B1
lyɛʼɛ\u{301} sẅíŋtè|23E0
làm|2885
làmpadas|2875
lá|2966
láv|2936 2B66
lávurdâh|2B36
lávvardat|2916
lávvordat|2946
lör|356
lördag|326
lør.|396 3C6
lørdag|366
lǝn|1B71
lǝndí|1B41
lɔm|589
ma|291 401 FD2 2612
maa|1B72
maadí|1B42
maajip|19B4
maalisk.|3F2
maaliskuuta|3E2
maanantai|3D1
maanantaina|411
maandag|261
maart|272
mabágá má sukul|2375
mac|7E1
mad|E46
madiɓɛ\u{301}díɓɛ\u{301}|E36
mag|244
maggio|234
mai|104 114 3A4 3B4 1024 1034 1184 11A4 11B4 1624 1D74 23C4 2674 2684
mai.|1F4 1074
maiatza|1054
maijs|1ED4 1EE4
maio|1E4 12D4 12E4 1614
maj|2C4 334 344 374 384 A74 A84 FC4 19D4 2884 2B04 2B14 2B62 2C04 2C14 2CA4 2CB4 2CE4
maj.|E04
maja|2B4 DF4
majebargâ|2B32
majo|FB4
maju|2874
makandikɛ|31BA
man.|391 3C1
mandag|361
mar|152 162 242 252 2C2 722 732 762 932 A82 FC2 11F2 1622 1632 19D2 19E2 1FB2 1FC2 2882 2892 2C12 2CB2 3022
mar.|122 1F2 382 3B2 FF2 1002 1072 11B2 12E2 12F2 16D2 2682 2692 2B12
marca|2B2 2AD2
mardi|F2 1992 1F92 25F2
mardo|FA2
marec|2B02
marisi|922
marlunngorneq|19C2
marrask.|3FA
marraskuuta|3EA
mars|102 112 332 342 3A2 1182 11A2 16C2 1FA2 23C2 2C02
marsip|19B2
mart|742 A72 2CA2 2CE2 2EB2 2ED2 3012
martars|11C2
martedi|1602
martedì|222
martes|132 702 12C2
martie|2672
martio|1612
martis|2862
marto|FB2
marts|372 1ED2 1EE2
martxoa|1052
martzu|2872
marzo|142 232 FE2 12D2
março|1E2
marți|2662
mas|F45
masa|F35
mat|7E2
mat.|2713
maw|1112
mawbaare|10E2
mawnde|10E5
may|154 724 744 764 7EA E49 2A64 3014 3024
may.|FF4 1004
mayo|144 FE4
mayyu|2A54
mayésɛ\u{301}|E39
maí|16C4 16D4
maý|2EB4 2ED4
maŋ|2932
maŋŋebárga|2912
maṛ|2A62
maṛṣ|2A52
mbe.|2651 2721
mbegtug|2070
mbiyɔ mɛndoŋgɔ|19A2
mbl|1D82
mbo|1102
mbooy|10F2
mbs|23A5
mbɔ|7F4
mbɔ\u{301}ɔntè mvfò lyɛ\u{30C}ʼ|23E2
mbɔ\u{301}ɔntè tsetsɛ\u{300}ɛ lyɛ\u{30C}ʼ|23E4
md|31D1
me|FD3 1FA4 1FB4 2613
mei|274 284
mej.|1564
meje|1554
mem|F56
memleɖa|F26
mer|253 1633 1FC3
mer.|123
mercoledì|223
mercredi|F3
mercuridi|1603
merkredi|1F93
merkredo|FA3
mesemna|25F3
mesiŋ, oóli ú kénie|31B3
metúkpíápɛ|31A3
mie|11F3
mie.|2693
miercuri|2663
miercus|11C3
mies|2924 2954
miessemánnu|2904
mik.|1193
mikudagur|1173
min|1D84
mis Du|1C0A
mis Ebrel|1C03
mis Est|1C07
mis Genver|1C00
mis Gortheren|1C06
mis Gwynngala|1C08
mis Hedra|1C09
mis Hwevrer|1C01
mis Kevardhu|1C0B
mis Me|1C04
mis Metheven|1C05
mis Meurth|1C02
mit|32B0
mituú|3280
mié|163 733
miércoles|133 703
mið.|16E3
miðvikudagur|16B3
mk|32A1
mmk|32B2
mms|32B3
mo|1231
moandei|1201
mokɔlɔ mwa míbalé|1D52
mokɔlɔ mwa mísáto|1D53
mokɔlɔ mwa yambo|1D51
mokɔlɔ ya mínéi|1D54
mokɔlɔ ya mítáno|1D55
mor|1106
morso|10F6
mps|1D86
mpu|7E4
mpɔ\u{301}sɔ|1D56
mrt|282
ms|32A2
msi|1D72
mst|1D83
mtn|1D85
mto|7E3
muk|E53
mukũi|3291
mukɔ\u{301}sú|E23
mur|32B1
murakipí|3281
murakí-mukũi|3282
murakí-musapíri|3283
musapíri|3292
mut.|2710
muányáŋmóndie|31A2
mvfò lyɛ\u{30C}ʼ|23E1
mvfò màga lyɛ\u{30C}ʼ|23E5
mw|31D2
mwd|1115
màga lyɛ\u{30C}ʼ|23E6
má|2961
máj.|15A4
mája|2AD4
május|1584
mán.|1191 16E1
mánadagur|1171
mánnodat|2941
mánudagur|16B1
márc.|15A2
március|1582
märts|1022 1032
må.|23D1
mån|351
måndag|321 23B1
mèr|2893
mèrcuris|2863
mér.|12F3
mércores|12C3
móndie|31A1
měr.|E02 1562
měrca|DF2 1552
mɔnɔ sɔndi|1996
mɔ\u{301}n|10C1 23A1
mɔ\u{301}ndi|1091
mɔ\u{301}ndɔ|2371
mɔ\u{301}s|E51
mɔ\u{301}sú|E21
mɛ|924 934
mɛk|1B73
mɛkrɛdí|1B43
mɛrkɛrɛdi|1993
naa|1114
naasaande|10E4
nad|288B
nadale|287B
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
ne|440 2AE0
ned|A90 2CC0
ned.|2B20
nedelja|2AF0 2C90
nedeľa|2AC0
nedjelja|A60 2CD0
neděle|420
neljapäev|1014
ng1|2390
ng10|2399
ng11|239A
ng2|2391
ng3|2392
ng4|2393
ng5|2394
ng6|2395
ng7|2396
ng8|2397
ng9|2398
nga|10B9
ngab|10BB
ngad|10BA
ngb|10B1
nge|10B8
ngl|10B2
ngm|10B7
ngn|10B3
ngo|10B0
ngs|10B5
ngt|10B4
ngwɛn hɛmbuɛrí|2386
ngwɛn lɔmbi|2387
ngwɛn matáhra|2380
ngwɛn rɛbvuâ|2388
ngwɛn wum|2389
ngwɛn wum navǔr|238A
ngwɛn ńlal|2382
ngwɛn ńmba|2381
ngwɛn ńna|2383
ngwɛn ńtan|2384
ngwɛn ńtuó|2385
ngz|10B6
ngɔn awóm|10A9
ngɔn awóm ai bɛ\u{30C}|10AB
ngɔn awóm ai dziá|10AA
ngɔn bɛ\u{30C}|10A1
ngɔn ebulú|10A8
ngɔn lála|10A2
ngɔn mwom|10A7
ngɔn nyina|10A3
ngɔn osú|10A0
ngɔn saməna|10A5
ngɔn tána|10A4
ngɔn zamgbála|10A6
niedz.|2D0
niedziela|2A0
nja|7F1
njapi|19A8
nje|7E6 E10 1113 1570
njedźela|1540
njeslaare|10E3
njeźela|DE0
njuhčâ|2B52
njuhčâmáánu|2B42
njuk|2922 2952
njukčamánnu|2902
noiembrie|267A
nov|15A 24A 28A A8A FCA 103A 162A 19DA 1FBA 2CBA 2CEA
nov.|11A 1FA 34A 38A 3BA FFA 100A 11AA 11BA 12EA 15AA 1EEA 23CA 268A 2B1A
novam|1FAA
novembar|A7A 2CAA
novembarip|19BA
november|27A 33A 37A 3AA 102A 118A 158A 2B0A
novembra|2ADA
novembre|10A 23A 161A
novembris|1EDA
novembro|1EA FBA 12DA
noviembre|14A FEA
now|93A
now.|E0A 156A
nowanburu|92A
nowembra|DFA 155A
noy|76A 302A
noyabr|74A 301A
noý|2EDA
noýabr|2EBA
nts|590
ntɛ|941
ntɛnɛ|911
num.|18E0
numĩggu|18B0
nuw|2A6A
nuwanbir|2A5A
nvb|1D7A
nya.|2716
nyukul|19A9
nyɛt|E48
nyɛtɛki|E38
nze.|2718
nzu|585
nën|2C1A
nëntor|2C0A
nóv.|16DA
nóvember|16CA
nùm|580
nɔy|7F0
o.1|31C0
o.10|31C9
o.11|31CA
o.12|31CB
o.2|31C1
o.3|31C2
o.4|31C3
o.5|31C4
o.6|31C5
o.7|31C6
o.8|31C7
o.9|31C8
och|729
oct|159 1629
oct.|119 FF9 1009 11A9 11B9 2689
octobre|109 1619
octombrie|2679
octubre|149 FE9
og.|1084
okt|289 769 A89 FC9 1039 19D9 1FB9 2CB9 2CE9 2ED9 3029
okt.|349 389 3B9 E09 1569 15A9 16D9 1EE9 23C9 2B19
oktabr|3019
oktob|1FA9
oktobar|A79 2CA9
oktobarip|19B9
oktober|279 339 379 3A9 1189 2B09
oktobra|DF9 1559
oktobris|1ED9
oktobro|FB9
oktoober|1029
oktyabr|749
október|1589 16C9
októbra|2AD9
oktýabr|2EB9
on.|23D3
ons|353
ons.|393 3C3
onsdag|323 363 23B3
or.|1085
osteguna|1064
ostirala|1065
otrd.|1EF2
otrdiena|1EC2
ots.|1071
otsaila|1051
ott|249
ottobre|239
out|1FA7 1FB7
out.|1F9 12E9
outubro|1E9 12D9
ođđajagemánnu|2900
ođđj|2920 2950
ožu|1532
ožujka|1522
pa hidatu|873
pa hihanu|875
pa hitayi|874
pa hivili|872
pa mulungu|870
pa mwedzi gwa hutala|880
pa mwedzi gwa kumi|889
pa mwedzi gwa kumi na mbili|88B
pa mwedzi gwa kumi na moja|88A
pa mwedzi gwa nane|887
pa mwedzi gwa saba|886
pa mwedzi gwa sita|885
pa mwedzi gwa tisa|888
pa mwedzi gwa wudatu|882
pa mwedzi gwa wuhanu|884
pa mwedzi gwa wutai|883
pa mwedzi gwa wuvili|881
pa shahulembela|876
pa shahuviluha|871
pamba|19A0
pas|2B60
pasepeivi|2B30
pay|72A
payshanba|3004
paź|2C9
października|2B9
pe|405
pen|2EE4
penktadienis|1DF5
penşenbe|2EC4
perjantai|3D5
perjantaina|415
pet|A95 2CC5
pet.|2B25
petak|A65 2C95 2CD5
petek|2AF5
pi|2AE5 32A8
piatok|2AC5
piektd.|1EF5
piektdiena|1EC5
pikítíkítie, oólí ú kutúan|31B0
pilɔndɔ\u{301}|31BB
pin|19E3
pingasunngorneq|19C3
pir-kurã-há|18B1
pir.|18E1
pirmadienis|1DF1
pirmd.|1EF1
pirmdiena|1EC1
pisuyú|31B7
piątek|2A5
pja|1575
pjatk|1545
pm|32A6
pn|1E05
po|441 2AE1
pon|A91 2CC1
pon.|2D1 2B21
pondelok|2AC1
pondělí|421
ponedeljak|2C91 2CD1
ponedeljek|2AF1
ponedjeljak|A61
poniedziałek|2A1
porge|2B57
porgemáánu|2B47
pr|1E01
pri|2C13
prill|2C03
pro|153B
prosinca|152B
prosince|43B
ps|32A7
pt.|2D5
pu|32A4
py|32A5
pá|445
pátek|425
pén.|18E5
pénkar-kurã-há|18B5
péntek|1595
pêncşem|1BD4
pón|E11 1571
póndźela|1541
pónjeźele|DE1
pú|3294
pú-irũdí|3298
pú-mukũi|3296
pú-musapíri|3297
pú-yepé|3295
pûş|1BE5
pûşperê|1BC5
pühapäev|1010
pět|E15
pětk|DE5
pş|1BF4
qer|2C15
qershor|2C05
qua.|203
quarta|213
quarta-feira|1D3
qui.|204
quinta|214
quinta-feira|1D4
reede|1015
rez|1BE8
rezberê|1BC8
reş|1BE1
reşemiyê|1BC1
roovvâd|2B59
roovvâdmáánu|2B49
rugpjūčio|1DE7
rugsėjo|1DE8
ruj|1538
rujna|1528
rég.|18E2
régre-kurã-há|18B2
rêb|1BE0
rêbendanê|1BC0
sa|FD6
sab|256 11F6 1636 18A6
sabato|226 FA6
sabbato|1606
sabide|11C6
sam|1B76 1FC6
sam.|126
samdi|1F96
samdí|1B46
samedi|F6
santandria|287A
santugaine|2879
sap|19E0
sapaat|19C0
sas|23A6
sau|32B6
saurú|3286
sausio|1DE0
sav.|18E6
savnu|18B6
saŋ cÿó|23F3
saŋ kàg ngwóŋ|23F1
saŋ lepyè shúm|23F2
saŋ lùm|23FB
saŋ mbʉ\u{300}ŋ|23F7
saŋ mejwoŋó|23FA
saŋ ngwɔ\u{300}ʼ mbÿɛ|23F8
saŋ njÿoláʼ|23F5
saŋ tsetsɛ\u{300}ɛ lùm|23F0
saŋ tsɛ\u{300}ɛ cÿó|23F4
saŋ tyɛ\u{300}b tyɛ\u{300}b mbʉ\u{300}ŋ|23F6
saŋ tàŋa tsetsáʼ|23F9
sd|31D0
see|584 1103
seeɗto|10F3
seg.|201
segunda|211
segunda-feira|1D1
sekmadienis|1DF0
sen|768 2ED8 3028
sentabr|3018
sentyabr|748
sentýabr|2EB8
sep|288 A88 FC8 1628 1FB8 2CB8
sep.|348 388 3B8 E08 1568 16D8 23C8 2B18
sept|158 1038 19D8 2CE8
sept.|118 1008 11A8 11B8 1EE8 2688
septam|1FA8
septembar|A78 2CA8
septembarip|19B8
september|278 338 378 3A8 1028 1188 16C8 2B08
septembra|DF8 1558 2AD8
septembre|108 1618
septembrie|2678
septembris|1ED8
septembro|FB8
septiembre|148
ser|1BEA
sermawezê|1BCA
ses|18A5
seshanba|3002
sesta-fera|1875
sestd.|1EF6
sestdiena|1EC6
set|248 728
set.|1F8 FF8 12E8
setembro|1E8 12D8
setiembre|FE8
settembre|238
sex.|205
sexta|215
sexta-feira|1D5
shanba|3006
shk|2C11
shkurt|2C01
sht|2C18
shtator|2C08
si|1230
sia|F46
siamlɔm|F36
sib|946
sibiri|916
sie|2C7
sierpnia|2B7
sig|18A1
sigunda-fera|1871
sii|1100
siilo|10F0
siilto|10F8
sij|1530
siječnja|1520
sis|19E4
sisamanngorneq|19C4
siş|2EE2
sişenbe|2EC2
siɓiti|30A6
siɛyɛ\u{301}, oóli ú kándíɛ|31B1
sk|1E00
skammâ|2B5A
skammâmáánu|2B4A
skáb|292A 295A
skábmamánnu|290A
slt|1108
smb|10C2 23A2
sml|10C3 23A3
smn|10C4 23A4
snein|1200
sneon|1206
so|446 1236 2616 2960 2AE6
sob|E16 1576
sob.|2D6 2B26
sobota|2A6 426 DE6 1546 2AC6 2AF6
sonda|25F6
sotn|2930
sotnabeaivi|2910 2940
spalio|1DE9
sre|2CC3
sre.|2B23
sreda|2AF3 2C93
sri|A93
srijeda|A63 2CD3
srj|E13 1573
srjeda|1543
srjoda|DE3
srp|1536
srpna|437
srpnja|1526
ss|31D6
st|443 2AE3
stA|288A
stG|2889
stb|1D78
streda|2AC3
stu|153A
studenoga|152A
stw|E14
stwórtk|DE4
sty|2C0
stycznia|2B0
středa|423
su|400
sub|A96 2CC6
subota|A66 2C96 2CD6
sun.|1190 16E0
sunnudagur|1170 16B0
sunnuntai|3D0
sunnuntaina|410
suoi|2926 2956
suoidnemánnu|2906
sup|32B4
supapá|3284
svi|1534
svibnja|1524
svētd.|1EF0
svētdiena|1EC0
syeini|2B56
syeinimáánu|2B46
syysk.|3F8
syyskuuta|3E8
szept.|15A8
szeptember|1588
szerda|1593
szombat|1596
sàb|2896
sàbadu|2866
sáb|166 736
sáb.|206 12F6
sábado|136 1D6 216 12C6
sábadu|706 1876
sánzá ya libwa|1D68
sánzá ya motóbá|1D65
sánzá ya mwambe|1D67
sánzá ya míbalé|1D61
sánzá ya mínei|1D63
sánzá ya mísáto|1D62
sánzá ya mítáno|1D64
sánzá ya nsambo|1D66
sánzá ya yambo|1D60
sánzá ya zómi|1D69
sánzá ya zómi na míbalé|1D6B
sánzá ya zómi na mɔ\u{30C}kɔ\u{301}|1D6A
sásadi|2376
sâm.|2696
sâmbătă|2666
sér|10C6
séradé|1096
séselé|31A6
sêşem|1BD2
sön|350
söndag|320
sø.|23D0
søn.|390 3C0
søndag|360 23B0
sş|1BF2
sɔndi|1990
sɔŋ|E42
sɔŋɛ|E32
sɔ\u{301}n|10C0 1B70 23A0
sɔ\u{301}ndiɛ|31A0
sɔ\u{301}ndǝ|1B40
sɔ\u{301}ndɔ|1090 2370
sɔ\u{301}ndɔ mafú mába|2372
sɔ\u{301}ndɔ mafú málal|2373
sɔ\u{301}ndɔ mafú mána|2374
sɔ\u{301}ndɔ məlú mə\u{301}bɛ\u{30C}|1092
sɔ\u{301}ndɔ məlú mə\u{301}lɛ\u{301}|1093
sɔ\u{301}ndɔ məlú mə\u{301}nyi|1094
sɛt|938
sɛtanburu|928
taa|583
tal|19E5
talata|30A2
tallimanngorneq|19C5
tammik.|3F0
tammikuuta|3E0
tar|942
tarata|912
ted|F42
tedoxe|F32
teisipäev|1012
ter|18A2
ter.|202
tersa-fera|1872
terça|212
terça-feira|1D2
tet|2C19
tetor|2C09
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
ti|402 1232
tiisdei|1202
tiistai|3D2
tiistaina|412
tin|E4A
tiníní|E3A
tir.|3C2
tirs.|392
tirsdag|362
tis|352
tisdag|322
to|404 1234
to.|23D4
tongersdei|1204
tor.|3C4 2B22
torek|2AF2
tors|354
tors.|394
torsdag|324 364 23B4
torstai|3D4
torstaina|414
toukok.|3F4
toukokuuta|3E4
tr|1E03
tra|1533
travnja|1523
trečiadienis|1DF3
trešd.|1EF3
trešdiena|1EC3
trì|2886
trìulas|2876
tsuʔndzɨkɔʔɔ|566
tsuʔntsɨ|560
tsuʔughɔe|562
tsuʔughɨ\u{302}m|565
tsuʔukpà|561
tsuʔumè|564
tsuʔutɔ\u{300}mlò|563
tsètsɛ\u{300}ɛ lyɛ\u{30C}ʼ|23E3
tuo|2B64
tuorâstâh|2B34
ty.|23D2
tysdag|23B2
tîr|1BE6
tîrmehê|1BC6
týs.|1192
týsdagur|1172
tɔm|593
tɛɛnɛɛ|30A1
tɨd|582
tẽg.|18E3
tẽgtũ-kurã-há|18B3
ugu.|271A
uku.|271B
ukw.|2719
ume|594
urr.|1079
urria|1059
urt.|1070
urtarrila|1050
ut|2AE2
uti|927 937
uto|A92 2CC2
utorak|A62 2C92 2CD2
utorok|2AC2
uum|7F2
uzt.|1076
uztaila|1056
uđiv|2B50
uđđâivemáánu|2B40
van|1FC5
vandredi|1F95
vasario|1DE1
vasárnap|1590
vaŋdɛrɛdi|1995
ve|FD5 2615
veebr|1031
veebruar|1021
velj|1531
veljače|1521
ven|255 1635
ven.|125 12F5
venderdi|25F5
vendredi|F5
vendredo|FA5
venerdi|1605
venerdì|225
venres|12C5
vie|165 735
vienres|705
viernes|135
vin|11F5
vin.|2695
vinars|11C5
vineri|2665
vr|295
vrijdag|265
vuo|2B61
vuos|2931
vuossargâ|2B31
vuossárga|2911
vyesi|2B54
vyesimáánu|2B44
vás|2B65
vástuppeivi|2B35
vẽn.|18E4
vẽnhkãgra-kurã-há|18B4
wanja|19A1
wał|E12
wałtora|DE2
wer.|2712
wo|293 1233
woansdei|1203
woensdag|263
wrz|2C8
września|2B8
wt.|2D2
wtorek|2A2
wut|1572
wutora|1542
xan.|12E0
xaneiro|12D0
xin|720
xnt|726
xov.|12F4
xoves|12C4
xue|734
xueves|704
xul.|12E6
xullo|12D6
xun|725
xuño|12D5 12E5
yakshanba|3000
yan|760 1D70 3020
yanvar|740 3010
yar|1109
yarkomaa|10F9
yaw|F54
yawoɖa|F24
ybo|1D81
ye|32A0
yedi|1994
yekşem|1BD0
yepé|3290
yepé-mukũi|329B
yepé-putimaã|3299
yepé-yepé|329A
ym|32AB
yp|32A9
yuk|32B5
yukuakú|3285
yul|1D76 2A66
yulyuz|2A56
yun|1D75 2A65
yunyu|2A55
yy|32AA
yş|1BF0
za|296
zan|930 1FB0
zanvie|1FA0
zanwuye|920
zaterdag|266
ze|1FC4
zedi|1F94
zil|1FB6
zilye|1FA6
zin|1FA5 1FB5
zo|290
zondag|260
zul|936
zuluye|926
zuw|935
zuwɛn|925
září|438
Àbám|3226 3266
Àjj|3135
Àjjuma|3105
Àla|3133
Àlarba|3103
Àìk|3220 3260
Ápta Mɔ\u{301}ndi|16F2
Ç.|773
Ç.a.|772
Çar|313
Çarşamba|2F3
Èrèl|3211 3251
Épr|2573
Éprel|2563
Ìgb|3213 3253
Ìsɛ\u{301}g|3262
Ìsẹ\u{301}g|3222
Íne|1CA2
Ògmh|12A5
Ògú|3217 3257
Òkú|3215 3255
Öig|30E7
Öigšte|30D7
ágú.|16D7
ágúst|16C7
ápr.|15A3
április|1583
çar|2EE3
çarşem|1BD3
çarşenbe|2EC3
çş|1BF3
çərşənbə|753
çərşənbə axşamı|752
ét|E50
éti|E20
în|1BD5 1BF5
února|431
út|442
úterý|422
ýan|2ED0
ýanwar|2EB0
ýek|2EE0
ýekşenbe|2EC0
þri.|16E2
þriðjudagur|16B2
Āku|20A7
Ākuhata|2097
Āpe|20A3
Āpereira|2093
Čhaŋpȟásapa Wí|1D46
Čhaŋwápe-kasná Wí|1D49
Čhaŋwápetȟo Wí|1D44
Čhaŋwápeǧi Wí|1D48
čakč|2928 2958
čakčamánnu|2908
července|436
června|435
čet|A94 2CC4
čet.|2B24
četrtek|2AF4
četvrtak|A64 2C94 2CD4
čohčâ|2B58
čohčâmáánu|2B48
čt|444
čtvrtek|424
Ġim|2255
Ġun|2245
Ġunju|2235
Ħad|2250
Ħam|2254
ĨPU|1F73
Ĩkl|182B
Ĩkm|182A
Ĩku|1829
Ĩpurũ|1F63
ĵa|FD4
ĵaŭdo|FA4
Ŋuaan|2434
Ŋuaan lätni|2404
ŋ1|1B60
ŋ10|1B69
ŋ11|1B6A
ŋ12|1B6B
ŋ2|1B61
ŋ3|1B62
ŋ4|1B63
ŋ5|1B64
ŋ6|1B65
ŋ7|1B66
ŋ8|1B67
ŋ9|1B68
ŋge|7F3
ŋgi|E54
ŋgisú|E24
ŋgwà jôn|7C6
ŋgwà kɔɔ|7C5
ŋgwà mbɔk|7C4
ŋgwà njaŋgumba|7C1
ŋgwà nɔ\u{302}y|7C0
ŋgwà ûm|7C2
ŋgwà ŋgê|7C3
ŋgɔn|E41
ŋgɔndɛ|E31
ŋwíí a ntɔ\u{301}ntɔ|1B50
ŋwíí akǝ bɛ\u{301}ɛ|1B51
ŋwíí akǝ nin|1B53
ŋwíí akǝ ntɛk|1B59
ŋwíí akǝ ntɛk di bɔ\u{301}k|1B5A
ŋwíí akǝ ntɛk di bɛ\u{301}ɛ|1B5B
ŋwíí akǝ ráá|1B52
ŋwíí akǝ táabɛɛ|1B56
ŋwíí akǝ táafɔk|1B55
ŋwíí akǝ táan|1B54
ŋwíí akǝ táanin|1B58
ŋwíí akǝ táaraa|1B57
října|439
śr.|2D3
środa|2A3
Ş.|776
Şub|301
Şubat|2E1
ş|1BF6
şemî|1BD6
şen|2EE6
şenbe|2EC6
şənbə|756
šeštadienis|1DF6
št|1E06 2AE4
štvrtok|2AC4
štw|1574
štwórtk|1544
Žan|D80
Žanwiye|D70
Žuw|D85
Žuweŋ|D75
Žuy|D86
Žuyye|D76
Ɔ-A|5C9
Ɔ-O|5CA
Ɔberɛfɛw-Obubuo|5BA
Ɔbɛsɛ-Ahinime|5B9
Ɔjɔ\u{301} Ajé|3241
Ɔjɔ\u{301} Àbámɛ\u{301}ta|3246
Ɔjɔ\u{301} Àìkú|3240
Ɔjɔ\u{301} Ìsɛ\u{301}gun|3242
Ɔjɔ\u{301} Ɛtì|3245
Ɔjɔ\u{301}b|3264
Ɔjɔ\u{301}bɔ|3244
Ɔjɔ\u{301}r|3263
Ɔjɔ\u{301}rú|3243
Ɔlɔ\u{301}ɨ\u{301}bɔ\u{301}rárɛ|1F37
Ɔɛn|1F42
Ɔɛnɨ\u{301}ɔɨŋɔk|1F32
Ɔ\u{300}pɛ|325B
Ɔ\u{300}wà|3259
Ɛrɛ\u{300}n|3252
Ɛt|3265
Ɛ\u{300}bi|3254
Ɣuc|17E7 2F97
Ɣuct|17D7 2F87
ǀHooǂgaeb|22EA
ǀKhuuǁkhâb|22E2
ǂKhoesaob|22E6
ǂNûǁnâiseb|22E9
ǃHôaǂkhaib|22E3
ǃKhaitsâb|22E4
ǃKhanni|22E0
ǃKhanǀgôab|22E1
ɓulɓusɛ|19AB
ɔku|939
ɔkutɔburu|929
ɔnsúmbɔl, oóli ú kátátúɛ|31B2
ɔsɔn|31B5
ɔtb|1D79
ɗón|E55
ɗónɛsú|E25
ɣuc|2A67
ɣuct|2A57
ʻAok|2F17
ʻAokosi|2F07
ʻAp.|1463
ʻApelila|1453
ʻAu.|1467
ʻAukake|1457
ʻEpe|2F13
ʻEpeleli|2F03
ʻOk.|1469
ʻOka|2F19
ʻOkakopa|1459
ʻOkatopa|2F09
Απρ|F83
Απριλίου|F73
Αυγ|F87
Αυγούστου|F77
Δεκ|F8B
Δεκεμβρίου|F7B
Δευ|F91
Δευτέρα|F61
Ιαν|F80
Ιανουαρίου|F70
Ιουλ|F86
Ιουλίου|F76
Ιουν|F85
Ιουνίου|F75
Κυρ|F90
Κυριακή|F60
Μαΐ|F84
Μαΐου|F74
Μαρ|F82
Μαρτίου|F72
Νοε|F8A
Νοεμβρίου|F7A
Οκτ|F89
Οκτωβρίου|F79
Πέμ|F94
Πέμπτη|F64
Παρ|F95
Παρασκευή|F65
Σάβ|F96
Σάββατο|F66
Σεπ|F88
Σεπτεμβρίου|F78
Τετ|F93
Τετάρτη|F63
Τρί|F92
Τρίτη|F62
Φεβ|F81
Φεβρουαρίου|F71
Авг|2E17
Август|2E07
Алт|2789
Алтынньы|2769
Апр|2E13
Апрел|2E03
Атр|2787
Атырдьых ыйын|2767
Ахс|278B
Б.|7B0
Б.Е.|7B1
Ба|2175
Балаҕан ыйын|2768
Блҕ|2788
Бэс|2785
Бэс ыйын|2765
Бээтиҥсэ|2775
Бя|2176
Да|2171
Дек|2E1B
Декабр|2E0B
Душанбе|2DF1
Дшб|2E21
Июл|2E06 2E16
Июн|2E05 2E15
Клн|2782
Кулун тутар|2762
Лх|2173
Май|2E04 2E14
Мар|2E12
Март|2E02
Мсу|2783
Муус устар|2763
Мя|2172
Ноя|2E1A
Ноябр|2E0A
Ня|2170
Окт|2E19
Октябр|2E09
Олун|2781
Олунньу|2761
От ыйын|2766
Отй|2786
Панҷшанбе|2DF4
Пшб|2E24
Пү|2174
Сен|2E18
Сентябр|2E08
Сешанбе|2DF2
Сшб|2E22
Сэт|278A
Сэтинньи|276A
Тохс|2780
Тохсунньу|2760
Фев|2E11
Феврал|2E01
Ч.|7B3
Ч.А.|7B2
Чоршанбе|2DF3
Чшб|2E23
Ш.|7B6
Шанбе|2DF6
Шнб|2E26
Ыам|2784
Ыам ыйын|2764
Якшанбе|2DF0
Янв|2E10
Январ|2E00
Яшб|2E20
авг|7A7 B87 2C57 2C87
авг.|197 1C57 20E7 24D7 2F57
август|787 8C7 B67 20D7 2C47 2F37 3057
августа|187
августы|24C7
авӑн|C98 CA8
ака|C93 CA3
апр|7A3 AC3 B83 2C53 2C83
апр.|193 1C53 20E3 24D3 2F53
апрел|783 3053
апрелы|24C3
апрель|B63 2F33
апреля|183
април|8C3 AB3 20D3 2C43
аравдугаар сар|2149
арван нэгдүгээр сар|214A
арван хоёрдугаар сар|214B
ауг|AC7
аугуст|AB7
ахсынньы|276B
аў|832
аўторак|802
ақп.|1971
ақпан|1951
баасан|2155
базар|790
базар ертәси|791
баскыһыанньа|2770
бейсенбі|1964
бейш.|1C64
бейшемби|1C44
бер.|472
березня|462
бн|2791
бс|1984 2790
бэ|2795
бэнидиэнньик|2771
бямба|2156
вер|828
вер.|478
верасня|818
вересня|468
воскресенье|170
вс|1A0
вт|1A2 482
вто.|20F2
вторник|172 8B2 20C2
выр.|CB0
вырсарникун|C80
вівторок|452
груд.|47B
грудня|46B
гуравдугаар сар|2142
гыйн.|2F50
гыйнвар|2F30
даваа|2151
дек|7AB B8B
дек.|19B 1C5B 20EB 24DB 2F5B
декабр|78B 305B
декабры|24CB
декабрь|B6B 2F3B
декабря|18B
декември|8CB 20DB
дец|ACB 2C5B 2C8B
децембар|ABB 2C4B
долоодугаар сар|2146
дс|1981
душ|3061
душанба|3041
дцг|24E2
дыццӕг|24B2
дүй.|1C61
дүйсенбі|1961
дүйшөмбү|1C41
дүш.|2F61
дүшәмбе|2F41
дөрөвдүгээр сар|2143
еа|B94
еара|B74
есдүгээр сар|2148
жек.|1C60
жексенбі|1960
жекшемби|1C40
жел.|197B
желтоқсан|195B
жм|1985
жні|827
жніўня|817
жовт.|479
жовтня|469
жс|1980
жум|3065
жума|1C45 1C65 3045
жұма|1965
зургаадугаар сар|2145
ишемби|1C46
ишм.|1C66
июл|B86 3056
июл.|196 1C56
июлы|24C6 24D6
июль|B66 2F36 2F56
июля|186
июн|B85 3055
июн.|195 1C55
июны|24C5 24D5
июнь|B65 2F35 2F55
июня|185
ијл|7A6
ијн|7A5
ијул|786
ијун|785
кас|829
кастрычніка|819
квіт.|473
квітня|463
кра|823
красавіка|813
крс|24E1
кха|B93
кхаара|B73
къуырисӕр|24B1
кӀи|B90
кӀира|B70
кӑр.|CA0
кӑрлач|C90
кӗҫ.|CB4
кӗҫнерникун|C84
лип.|476
липня|466
лист.|47A
листопада|46A
лхагва|2153
лют|821
лют.|471
лютага|811
лютого|461
ліп|826
ліпеня|816
ліс|82A
лістапада|81A
май|784 7A4 8C4 B64 B84 1C54 2F34 2F54 3054
майрӕмбон|24B5
майы|24C4 24D4
мам.|1974
мамыр|1954
мар|7A2 AC2 B82 2C52
мар.|192 1C52 20E2 24D2 2F52
март|782 8C2 AB2 B62 20D2 2C42 2C82 2F32 3052
марта|182
мартъийы|24C2
мау.|1975
маусым|1955
мая|184 194 814 824
мај|AB4 AC4 20D4 20E4 2C44 2C54 2C84
мрб|24E5
мягмар|2152
наймдугаар сар|2147
нар.|CA1
нарӑс|C91
нау.|1972
наурыз|1952
нд|480 830
нед|AD0 2C60
нед.|20F0
недела|20C0
неделя|8B0
недеља|2C30
неділя|450
недјеља|AA0 2C70
нов|ACA 2C5A 2C8A
новембар|ABA 2C4A
ноем.|20EA
ноември|8CA 20DA
ноя|B8A
ноя.|1C5A 24DA
нояб.|19A 2F5A
ноябр|305A
ноябры|24CA
ноябрь|B6A 2F3A
ноября|18A
ној|7AA
нојабр|78A
нэгдүгээр сар|2140
нядзеля|800
ням|2150
окт|7A9 AC9 B89 2C59 2C89
окт.|199 1C59 20E9 24D9 2F59
октобар|AB9 2C49
октомври|8C9 20D9
октябр|3059
октябры|24C9
октябрь|B69 2F39
октября|189
октјабр|789
оп|2792
оптуорунньук|2772
ор|B91
оршот|B71
пʼятниця|455
пай|3064
пайшанба|3044
панядзелак|801
пет|AD5 2C65
пет.|20F5
петак|AA5 2C35 2C75
петок|20C5
петък|8B5
пн|1A1 481 831
пон|AD1 2C61
пон.|20F1
понеделник|8B1 20C1
понедельник|171
понедељак|2C31 2C71
понеділок|451
понедјељак|AA1
пт|1A5 485 835
пуш|C92 CA2
пятница|175
пятніца|805
пүрэв|2154
пӀе|B95
пӀераска|B75
пәнҗ.|2F64
пәнҗешәмбе|2F44
раш.|CAB
раштав|C9B
саб.|20F6
сабат|24B6
сабота|20C6
сак|822
сакавіка|812
сб|1A6 486 836 1986 2796
сбт|24E6
сейсенбі|1962
сен|7A8 B88
сен.|1C58 24D8
сенбі|1966
сент.|198 2F58
сентябр|3058
сентябры|24C8
сентябрь|B68 2F38
сентября|188
сентјабр|788
сеп|AC8 2C58
септ|2C88
септ.|20E8
септембар|AB8 2C48
септември|8C8 20D8
серада|803
середа|453
серп.|477
серпня|467
сеш|3062
сешанба|3042
сиш.|2F62
сишәмбе|2F42
сне|82B
снежня|81B
ср|1A3 483 833 1983
сре|2C63
сре.|20F3
среда|173 20C3 2C33
сри|AD3
сриједа|AA3 2C73
сряда|8B3
сс|1982
сту|820
студзеня|810
суб|AD6 2C66
суббота|176
субота|456 806 AA6 2C36 2C76
субуота|2776
събота|8B6
сэ|2793
сэрэдэ|2773
січ.|470
січня|460
сәрсенбі|1963
сәу.|1973
сәуір|1953
тавдугаар сар|2144
там.|1977
тамыз|1957
трав.|474
травня|464
тун.|CB1
тунтикун|C81
уто|AD2 2C62
уторак|AA2 2C32 2C72
утӑ|C96 CA6
феб|AC1 2C51 2C81
фебруар|AB1 2C41
фев|7A1 B81
фев.|1C51 20E1 24D1 2F51
февр.|191
феврал|781 3051
февралы|24C1
февраль|B61 2F31
февраля|181
февруари|8C1 20D1
хоёрдугаар сар|2141
хуыцаубон|24B0
хцб|24E0
цпр|24E4
цыппӕрӕм|24B4
чацвер|804
черв.|475
червня|465
чет|AD4 2C64
чет.|20F4
четвер|454
четверг|174
четвртак|AA4 2C34 2C74
четврток|20C4
четвъртък|8B4
чор|3063
чоршанба|3043
чп|2794
чт|1A4 484
чц|834
чэппиэр|2774
чэр|825
чэрвеня|815
чәр.|2F63
чәршәмбе|2F43
чәршәнбә|793
чәршәнбә ахшамы|792
чӳк|C9A CAA
шан|3066
шанба|3046
шарш.|1C63
шаршемби|1C43
шейш.|1C62
шейшемби|1C42
ши|B92
шим.|2F66
шимбә|2F46
шинара|B72
шуо|B96
шуот|B76
шіл.|1976
шілде|1956
шӑм.|CB6
шӑматкун|C86
шәнбә|796
ытл.|CB2
ытларикун|C82
эр.|CB5
эрнекун|C85
юли|8C6
юн.|CB3
юни|8C5
юнкун|C83
юпа|C99 CA9
якш|3060
якш.|2F60
якшанба|3040
якшәмбе|2F40
янв|B80
янв.|190 1C50 24D0
январ|3050
январы|24C0
январь|B60
января|180
януари|8C0
јан|7A0 AC0 2C50 2C80
јан.|20E0
јанвар|780
јануар|AB0 2C40
јануари|20D0
јул|AC6 2C46 2C56 2C86
јул.|20E6
јули|AB6 20D6
јун|AC5 2C45 2C55 2C85
јун.|20E5
јуни|AB5 20D5
җом.|2F65
җомга|2F45
қаз.|1979
қазан|1959
қар.|197A
қараша|195A
қаң.|1970
қаңтар|1950
қыр.|1978
қыркүйек|1958
ҫу|C94 CA4
ҫур.|CA7
ҫурла|C97
ҫӗр.|CA5
ҫӗртме|C95
Ҷмъ|2E25
Ҷумъа|2DF5
Ҹ.|7B5
Ҹ.А.|7B4
ҹүмә|795
ҹүмә ахшамы|794
ӕрт|24E3
ӕртыццӕг|24B3
ապր|15E3
ապրիլի|15C3
դեկ|15EB
դեկտեմբերի|15CB
երեքշաբթի|15D2
երկ|15F1
երկուշաբթի|15D1
երք|15F2
կիր|15F0
կիրակի|15D0
հինգշաբթի|15D4
հլս|15E6
հնգ|15F4
հնս|15E5
հնվ|15E0
հոկ|15E9
հոկտեմբերի|15C9
հուլիսի|15C6
հունիսի|15C5
հունվարի|15C0
մայիսի|15C4
մարտի|15C2
մյս|15E4
մրտ|15E2
նոյ|15EA
նոյեմբերի|15CA
շաբաթ|15D6
շբթ|15F6
ուր|15F5
ուրբաթ|15D5
չորեքշաբթի|15D3
չրք|15F3
սեպ|15E8
սեպտեմբերի|15C8
փետրվարի|15C1
փտվ|15E1
օգոստոսի|15C7
օգս|15E7
א\u{5B7}פ\u{5BC}ריל|31F3
אוגוסט|1497
אוג\u{5F3}|14A7
אויגוסט|31F7
אוקטובר|1499
אוק\u{5F3}|14A9
אפריל|1493
אפר\u{5F3}|14A3
אקטאבער|31F9
דאנערשטיק|31E4
דינסטיק|31E2
דעצעמבער|31FB
דצמבר|149B
דצמ\u{5F3}|14AB
זונטיק|31E0
יא\u{5B7}נוא\u{5B7}ר|31F0
יולי|1496 14A6 31F6
יום א\u{5F3}|14B0
יום ב\u{5F3}|14B1
יום ג\u{5F3}|14B2
יום ד\u{5F3}|14B3
יום ה\u{5F3}|14B4
יום ו\u{5F3}|14B5
יום חמישי|1484
יום ראשון|1480
יום רביעי|1483
יום שבת|1486
יום שישי|1485
יום שלישי|1482
יום שני|1481
יוני|1495 14A5 31F5
ינואר|1490
ינו\u{5F3}|14A0
מא\u{5B8}נטיק|31E1
מאי|1494 14A4
מיטוואך|31E3
מיי|31F4
מערץ|31F2
מרץ|1492 14A2
נאוועמבער|31FA
נובמבר|149A
נוב\u{5F3}|14AA
סעפ\u{5BC}טעמבער|31F8
ספטמבר|1498
ספט\u{5F3}|14A8
פ\u{5BF}עברוא\u{5B7}ר|31F1
פ\u{5BF}רײ\u{5B7}טיק|31E5
פברואר|1491
פבר\u{5F3}|14A1
שבת|14B6 31E6
آب|657
آتھوار|1AE0
آذار|652
آچر|28A0
آڤریل|1DD3
آڪٽوبر|28B9
آگسٽ|28B7
آگوست|1DD7
أبريل|633 663
أغسطس|637
أغشت|677
أفريل|643
أكتوبر|639 649 669 679
أوت|647
أيار|654
أيلول|658
إبريل|673
ئاب|C67
ئازار|C62
ئاپرېل|2FB3
ئاۋغۇست|2FB7
ئایار|C64
ئوکتوڤر|1DD9
ئىيۇل|2FB6
ئىيۇن|2FB5
ئۆكتەبىر|2FB9
ئەیلوول|C68
اتوار|2530 2FE0
اربع|28A3
الأحد|620
الأربعاء|623
الاثنين|621
الثلاثاء|622
الجمعة|625
الخميس|624
السبت|626
اونۍ|2596
ا\u{64E}تھوار|1AC0
اپريل|28B3
اپریل|1AD3 2543 25A3 2FF3
اکتوبر|2549 25A9 2FF9
اکتو\u{657}بر|1AD9
اګست|25A7
اگست|1AD7 2547 2FF7
اڱارو|28A2
بدھ|2FE3
برؠسوار|1AC4 1AE4
بودوار|1AC3 1AE3
ب\u{64F}دھ|2533
بٹوار|1AC6 1AE6
بۆموار|1AC2 1AE2
تشرين الأول|659
تشرين الثاني|65A
تشرینی دووەم|C6A
تشرینی یەکەم|C69
تموز|656
تەمووز|C66
جانفي|640
جانڤیە|1DD0
جمعرات|2534 2FE4
جمعه|10D5 2595
جمعو|28A5
جمعہ|2535 2FE5
جنؤری|1AD0
جنوري|25A0 28B0
جنوری|2540 2FF0
جوان|645
جولاء\u{650}|28B6
جولائی|2546 2FF6
جولای|25A6
جون|2545 25A5 28B5 2FF5
جويلية|646
جو\u{657}لایی|1AD6
جو\u{657}ن|1AD5
جو\u{659}أن|1DD5
جو\u{659}لا|1DD6
ج\u{64F}مہ|1AC5 1AE5
جۈ|2FD5
جۈمە|2FC5
حزيران|655
حوزەیران|C65
خميس|28A4
دئسامر|1DDB
دجمبر|67B
دجنبر|66B
درېنۍ|2592
دسمبر|1ADB 254B 25AB 2FFB
دوشنبه|10D1
دونۍ|2591
دووشەممە|C71
ديسمبر|63B 64B
دۈ|2FD1
دۈشەنبە|2FC1
دېكابىر|2FBB
سئپتامر|1DD8
سبتمبر|638 648
ستمبر|1AD8 2548 2FF8
سه\u{200C}شنبه|10D2
سومر|28A1
سيپٽمبر|28B8
سێشەممە|C72
سېنتەبىر|2FB8
سېپتمبر|25A8
سە|2FD2
سەيشەنبە|2FC2
شباط|651
شتمبر|678
شتنبر|668
شنبه|10D6
شوبات|C61
شە|2FD6
شەممە|C76
شەنبە|2FC6
غشت|667
فئڤریە|1DD1
فبراير|631 661 671
فبروري|25A1
فرؤری|1AD1
فروری|2541 2FF1
فيبروري|28B1
فيفري|641
فېۋرال|2FB1
كانون الأول|65B
كانون الثاني|650
مئ|2544
مئي|28B4
مئی|1AD4 1DD4 2FF4
مارت|2FB2
مارس|632 642 662 672 1DD2
مار\u{655}چ|1AD2
مارچ|2542 25A2 28B2 2FF2
ماي|644 664 2FB4
مايو|634 674
منگل|2532 2FE2
مۍ|25A4
نوفمبر|63A 64A 67A
نومبر|1ADA 254A 25AA 28BA 2FFA
نونبر|66A
نويابىر|2FBA
نوڤامر|1DDA
نيسان|653
نیسان|C63
يانۋار|2FB0
يناير|630 660 670
يوليو|636 676
يوليوز|666
يونيو|635 665 675
يونۍ|2590
يە|2FD0
يەكشەنبە|2FC0
پنجشنبه|10D4
پينځنۍ|2594
پیر|2531 2FE1
پێنجشەممە|C74
پە|2FD4
پەيشەنبە|2FC4
څلرنۍ|2593
چا|2FD3
چارشەنبە|2FC3
چهارشنبه|10D3
چوارشەممە|C73
ڇنڇر|28A6
ڊسمبر|28BB
ژ\u{654}ندر\u{655}روار|1AC1
ژ\u{654}ند\u{655}روار|1AE1
کانونی یەکەم|C6B
کانوونی دووەم|C60
ھەینی|C75
ہفتہ|2536 2FE6
یکشنبه|10D0
یەکشەممە|C70
अकत\u{941}म\u{94D}बर|1B09
अक\u{94D}ट\u{942}बर|8D9 8F9
अक\u{94D}टोबर|2349
अक\u{94D}ट\u{2019}|A49
अक\u{94D}ट\u{2019}बर|A29
अक\u{94D}त\u{942}.|DC9
अक\u{94D}त\u{942}बर|DB9 14D9 1F19
अक\u{94D}त\u{942}बर:|2759
अक\u{94D}त\u{942}बरमासः|2749
अक\u{94D}त\u{942}\u{970}|14E9
अग|28E7
अग.|DC7
अगस\u{94D}ट|2347 28D7
अगस\u{94D}त|8D7 8F7 DB7 14D7 1B07 1F17
अगस\u{94D}त:|2757
अगस\u{94D}तमासः|2747
अग\u{970}|14E7
अप\u{94D}रिल|2343
अप\u{94D}र\u{948}|28E3
अप\u{94D}र\u{948}ल|8D3 8F3 DB3 DC3 14D3 14E3 1B03 1F13 28D3
अप\u{94D}र\u{948}ल:|2753
अप\u{94D}र\u{948}लमासः|2743
आइत|2360
आइतबार|2350
आग|A47
आगष\u{94D}ट|A27
आथवार|1AF0
आयतार|1AA0
आर\u{94D}त|28F0
आर\u{94D}तवार|28C0
एप\u{94D}रि|A43 21C3
एप\u{94D}रिल|A23 21B3
एप\u{94D}रील|1AB3
ऐत|DD0
ऐतबार|DA0
ऐतवार|8E0
ऑक\u{94D}टो|21C9 28E9
ऑक\u{94D}टोबर|1AB9 21B9
ऑग|21C7
ऑगस\u{94D}ट|1AB7 21B7
ओक\u{94D}टोबर|28D9
ग\u{941}र\u{941}|14F4 21D4
ग\u{941}र\u{941}वार|14C4 21A4
ग\u{941}र\u{941}वासर:|2734
च\u{902}दिरवार|1AF1
छ\u{902}छ|28F6
छ\u{902}छर|28C6
जन|28E0
जन.|DC0
जनवरी|8D0 8F0 DB0 14D0 1B00 1F10 2340 28D0
जनवरी:|2750
जनवरीमासः|2740
जन\u{970}|14E0
जान|A40
जान\u{941}वारी|A20
जान\u{947}|21C0
जान\u{947}वारी|1AB0 21B0
ज\u{941}|28E6
ज\u{941}न|A25 A45 2345
ज\u{941}म|28F5
ज\u{941}मो|28C5
ज\u{941}म\u{94D}मा|1AF5
ज\u{941}ल|A46
ज\u{941}लय|1AB6
ज\u{941}लाई|8D6 8F6 A26 DB6 DC6 14D6 1B06 1F16 2346 28D6
ज\u{941}लाई:|2756
ज\u{941}लाईमासः|2746
ज\u{941}ल\u{948}|21B6 21C6
ज\u{941}ल\u{970}|14E6
ज\u{942}न|8D5 8F5 DB5 DC5 14D5 14E5 1AB5 1B05 1F15 21B5 21C5 28D5 28E5
ज\u{942}न:|2755
ज\u{942}नमासः|2745
डिस\u{902}|28EB
डिस\u{902}बर|28DB
डिस\u{947}|A4B
डिस\u{947}\u{902}|21CB
डिस\u{947}\u{902}बर|1ABB 21BB
डिस\u{947}म\u{94D}बर|A2B 234B
दस\u{942}मबर|1B0B
दिस.|DCB
दिस\u{902}बर|8DB 8FB DBB 14DB 1F1B
दिस\u{902}बर:|275B
दिस\u{902}बरमासः|274B
दिस\u{970}|14EB
नव.|DCA
नव\u{902}|28EA
नव\u{902}बर|8FA DBA 14DA 1F1A 28DA
नव\u{902}बर:|275A
नव\u{902}बरमासः|274A
नवम\u{94D}बर|8DA
नव\u{942}मबर|1B0A
नव\u{947}|A4A
नव\u{947}म\u{94D}बर|A2A
नव\u{970}|14EA
नोभ\u{947}म\u{94D}बर|234A
नोव\u{94D}ह\u{947}\u{902}|21CA
नोव\u{94D}ह\u{947}\u{902}बर|1ABA 21BA
फर|28E1
फर.|DC1
फरवरी|8D1 8F1 DB1 1F11 28D1
फरवरी:|2751
फरवरीमासः|2741
फ\u{93C}रवरी|14D1 1B01
फ\u{93C}र\u{970}|14E1
फ\u{947}ब|A41
फ\u{947}ब\u{94D}र\u{941}|21C1
फ\u{947}ब\u{94D}र\u{941}अरी|2341
फ\u{947}ब\u{94D}र\u{941}वारी|1AB1 21B1
फ\u{947}ब\u{94D}र\u{942}वारी|A21
बटवार|1AF6
बिर\u{947}स\u{94D}तार|1AA4
बिस\u{94D}थि|A54
बिस\u{94D}थिबार|A34
बिहि|2364
बिहिबार|2354
बीर|DD4
बीरबार|DA4
ब\u{941}ध|A53 DD3 14F3 21D3 2363
ब\u{941}ध दिन|1F03
ब\u{941}धबार|903 A33 DA3 2353
ब\u{941}धवार|8E3 14C3 1AA3 21A3
ब\u{941}धवासरः|2733
ब\u{941}वार|1AF2
ब\u{941}\u{952}ध|28F3
ब\u{941}\u{952}धर|28C3
ब\u{943}हस\u{94D}पतवार|8E4
ब\u{943}हस\u{94D}पति दिन|1F04
ब\u{943}हस\u{94D}पतिबार|904
बोदवार|1AF3
ब\u{94D}र\u{947}सवार|1AF4
म\u{902}ग|28F2
म\u{902}गल|A52 DD2 14F2
म\u{902}गल दिन|1F02
म\u{902}गलबार|902 A32 DA2
म\u{902}गलवार|8E2 14C2
म\u{902}गलवासरः|2732
म\u{902}गल\u{941}|28C2
म\u{902}गळ|21D2
म\u{902}गळवार|21A2
म\u{902}गळार|1AA2
मई|8D4 8F4 14D4 14E4 1F14 2754 28D4 28E4
मईमासः|2744
मङ\u{94D}गल|2362
मङ\u{94D}गलबार|2352
मार\u{94D}च|8D2 8F2 A22 A42 DB2 DC2 14D2 14E2 1AB2 1B02 1F12 21B2 21C2 2342 28E2
मार\u{94D}च:|2752
मार\u{94D}चमासः|2742
मार\u{94D}च\u{941}|28D2
म\u{947}|A24 A44 1AB4 1B04 21B4 21C4 2344
म\u{947}ई|DB4 DC4
रबि|A50
रबिबार|A30
रबीबार|900
रवि|14F0 21D0
रवि दिन|1F00
रविवार|14C0 21A0
रविवासरः|2730
विस|28F4
विस\u{94D}पत|28C4
शनि|DD6 14F6 21D6 2366
शनि दिन|1F06
शनिबार|DA6 2356
शनिवार|8E6 14C6 21A6
शनिवासरः|2736
श\u{941}क\u{94D}र|DD5 14F5 21D5 2365
श\u{941}क\u{94D}र दिन|1F05
श\u{941}क\u{94D}रबार|905 DA5 2355
श\u{941}क\u{94D}रवार|8E5 14C5 21A5
श\u{941}क\u{94D}रवासरः|2735
श\u{941}क\u{94D}रार|1AA5
श\u{947}नवार|1AA6
सत\u{941}\u{902}बर|1B08
सनि|A56
सनिबार|A36
सनीचर|906
सप\u{94D}ट\u{947}|28E8
सप\u{94D}ट\u{947}\u{902}|21C8
सप\u{94D}ट\u{947}\u{902}बर|1AB8 21B8 28D8
सम|A51
समबार|A31
सित.|DC8
सित\u{902}बर|DB8 14D8 1F18
सित\u{902}बर:|2758
सित\u{902}बरमासः|2748
सितम\u{94D}बर|8D8 8F8
सित\u{970}|14E8
स\u{941}ख\u{941}र|A55
स\u{941}ख\u{941}रबार|A35
स\u{942}|28F1
स\u{942}मर|28C1
स\u{947}प|A48
स\u{947}प\u{94D}ट\u{947}म\u{94D}बर|2348
स\u{947}प\u{94D}थ\u{947}म\u{94D}बर|A28
सोम|DD1 14F1 21D1 2361
सोम दिन|1F01
सोमबार|901 DA1 2351
सोमवार|8E1 14C1 21A1
सोमवासरः|2731
सोमार|1AA1
অক\u{9CD}টো|6A9 979
অক\u{9CD}টোঃ|999
অক\u{9CD}টোবর|969
অক\u{9CD}টোবৰ|699
আগ|6A7 977 997
আগষ\u{9CD}ট|697
আগস\u{9CD}ট|967 2187
ইরাই|2195
এপ\u{9CD}রি|973 993
এপ\u{9CD}রিল|963 2183
এপ\u{9CD}ৰিল|693 6A3
ওক\u{9CD}টোবর|2189
ছেপ\u{9CD}তে|6A8
ছেপ\u{9CD}তেম\u{9CD}বৰ|698
জান\u{9C1}|6A0 970 990
জান\u{9C1}য\u{9BC}ারী|960
জান\u{9C1}ৱারি|2180
জান\u{9C1}ৱাৰী|690
জ\u{9C1}ন|695 6A5 965 975 995 2185
জ\u{9C1}ল|976 996
জ\u{9C1}লাই|696 6A6 966 2186
ডিচে|6AB
ডিচেম\u{9CD}বৰ|69B
ডিসে|97B
ডিসেঃ|99B
ডিসেম\u{9CD}বর|96B 218B
থাংজ|2196
দেও|6B0
দেওবাৰ|680
নভে|97A
নভেঃ|99A
নভেম\u{9CD}বর|96A 218A
নিংথৌকাবা|2191
নোংমাইজিং|2190
নৱে|6AA
নৱেম\u{9CD}বৰ|69A
ফেব|971 991
ফেব\u{9CD}র\u{9C1}য\u{9BC}ারী|961
ফেব\u{9CD}র\u{9C1}ৱারি|2181
ফেব\u{9CD}ৰ\u{9C1}|6A1
ফেব\u{9CD}ৰ\u{9C1}ৱাৰী|691
ব\u{9C1}ধ|6B3 983
ব\u{9C1}ধবার|953
ব\u{9C1}ধবাৰ|683
ব\u{9C3}হ|6B4
ব\u{9C3}হস\u{9CD}পতি|984
ব\u{9C3}হস\u{9CD}পতিবার|954
ব\u{9C3}হস\u{9CD}পতিবাৰ|684
মঙ\u{9CD}গল|6B2 982
মঙ\u{9CD}গলবার|952
মঙ\u{9CD}গলবাৰ|682
মার\u{9CD}চ|962 972 992 2182
মাৰ\u{9CD}চ|692 6A2
মে|964 974 994 2184
মে\u{2019}|694 6A4
য\u{9BC}\u{9C1}মশকৈশা|2193
রবি|980
রবিবার|950
লৈবাকপোকপা|2192
শগোলশেন|2194
শনি|6B6 986
শনিবার|956
শনিবাৰ|686
শ\u{9C1}ক\u{9CD}র|985
শ\u{9C1}ক\u{9CD}রবার|955
শ\u{9C1}ক\u{9CD}ৰ|6B5
শ\u{9C1}ক\u{9CD}ৰবাৰ|685
সেপ|978
সেপ\u{9CD}টেঃ|998
সেপ\u{9CD}টেম\u{9CD}বর|968 2188
সোম|6B1 981
সোমবার|951
সোমবাৰ|681
ਅਕਤ\u{A42}|2519
ਅਕਤ\u{A42}ਬਰ|2509
ਅਗ|2517
ਅਗਸਤ|2507
ਅਪ\u{A4D}ਰ\u{A48}|2513
ਅਪ\u{A4D}ਰ\u{A48}ਲ|2503
ਐਤ|2520
ਐਤਵਾਰ|24F0
ਜਨ|2510
ਜਨਵਰੀ|2500
ਜ\u{A41}ਲਾ|2516
ਜ\u{A41}ਲਾਈ|2506
ਜ\u{A42}ਨ|2505 2515
ਦਸ\u{A70}|251B
ਦਸ\u{A70}ਬਰ|250B
ਨਵ\u{A70}|251A
ਨਵ\u{A70}ਬਰ|250A
ਫ\u{A3C}ਰ|2511
ਫ\u{A3C}ਰਵਰੀ|2501
ਬ\u{A41}\u{A71}ਧ|2523
ਬ\u{A41}\u{A71}ਧਵਾਰ|24F3
ਮਈ|2504 2514
ਮਾਰਚ|2502 2512
ਮ\u{A70}ਗਲ|2522
ਮ\u{A70}ਗਲਵਾਰ|24F2
ਵੀਰ|2524
ਵੀਰਵਾਰ|24F4
ਸਤ\u{A70}|2518
ਸਤ\u{A70}ਬਰ|2508
ਸ\u{A3C}ਨਿ\u{A71}ਚਰ|2526
ਸ\u{A3C}ਨਿ\u{A71}ਚਰਵਾਰ|24F6
ਸ\u{A3C}\u{A41}\u{A71}ਕਰ|2525
ਸ\u{A3C}\u{A41}\u{A71}ਕਰਵਾਰ|24F5
ਸ\u{A4B}ਮ|2521
ਸ\u{A4B}ਮਵਾਰ|24F1
એપ\u{ACD}રિલ|1353 1363
ઑક\u{ACD}ટો|1369
ઑક\u{ACD}ટોબર|1359
ઑગસ\u{ACD}ટ|1357 1367
ગ\u{AC1}ર\u{AC1}|1374
ગ\u{AC1}ર\u{AC1}વાર|1344
જાન\u{ACD}ય\u{AC1}|1360
જાન\u{ACD}ય\u{AC1}આરી|1350
જ\u{AC1}લાઈ|1356 1366
જ\u{AC2}ન|1355 1365
ડિસ\u{AC7}|136B
ડિસ\u{AC7}મ\u{ACD}બર|135B
નવ\u{AC7}|136A
નવ\u{AC7}મ\u{ACD}બર|135A
ફ\u{AC7}બ\u{ACD}ર\u{AC1}|1361
ફ\u{AC7}બ\u{ACD}ર\u{AC1}આરી|1351
બ\u{AC1}ધ|1373
બ\u{AC1}ધવાર|1343
મ\u{A82}ગળ|1372
મ\u{A82}ગળવાર|1342
માર\u{ACD}ચ|1352 1362
મ\u{AC7}|1354 1364
રવિ|1370
રવિવાર|1340
શનિ|1376
શનિવાર|1346
શ\u{AC1}ક\u{ACD}ર|1375
શ\u{AC1}ક\u{ACD}રવાર|1345
સપ\u{ACD}ટ\u{AC7}|1368
સપ\u{ACD}ટ\u{AC7}મ\u{ACD}બર|1358
સોમ|1371
સોમવાર|1341
ଅକ\u{B4D}ଟୋବର|2499
ଅଗଷ\u{B4D}ଟ|2497
ଅପ\u{B4D}ରେଲ|2493
ଗ\u{B41}ର\u{B41}|24A4
ଗ\u{B41}ର\u{B41}ବାର|2484
ଜାନ\u{B41}ଆରୀ|2490
ଜ\u{B41}ନ|2495
ଜ\u{B41}ଲାଇ|2496
ଡ\u{B3F}ସେମ\u{B4D}ବର|249B
ନଭେମ\u{B4D}ବର|249A
ଫେବ\u{B43}ଆରୀ|2491
ବ\u{B41}ଧ|24A3
ବ\u{B41}ଧବାର|2483
ମଇ|2494
ମଙ\u{B4D}ଗଳ|24A2
ମଙ\u{B4D}ଗଳବାର|2482
ମାର\u{B4D}ଚ\u{B4D}ଚ|2492
ରବ\u{B3F}|24A0
ରବ\u{B3F}ବାର|2480
ଶନ\u{B3F}|24A6
ଶନ\u{B3F}ବାର|2486
ଶ\u{B41}କ\u{B4D}ର|24A5
ଶ\u{B41}କ\u{B4D}ରବାର|2485
ସେପ\u{B4D}ଟେମ\u{B4D}ବର|2498
ସୋମ|24A1
ସୋମବାର|2481
அக\u{BCD}.|2D59
அக\u{BCD}டோபர\u{BCD}|2D49
ஆக.|2D57
ஆகஸ\u{BCD}ட\u{BCD}|2D47
ஏப\u{BCD}.|2D53
ஏப\u{BCD}ரல\u{BCD}|2D43
சனி|2D36 2D66
செப\u{BCD}.|2D58
செப\u{BCD}டம\u{BCD}பர\u{BCD}|2D48
செவ\u{BCD}.|2D62
செவ\u{BCD}வாய\u{BCD}|2D32
ஜன.|2D50
ஜனவரி|2D40
ஜூன\u{BCD}|2D45 2D55
ஜூலை|2D46 2D56
ஞாயி.|2D60
ஞாயிறு|2D30
டிச.|2D5B
டிசம\u{BCD}பர\u{BCD}|2D4B
திங\u{BCD}.|2D61
திங\u{BCD}கள\u{BCD}|2D31
நவ.|2D5A
நவம\u{BCD}பர\u{BCD}|2D4A
பிப\u{BCD}.|2D51
பிப\u{BCD}ரவரி|2D41
புத.|2D63
புதன\u{BCD}|2D33
மார\u{BCD}.|2D52
மார\u{BCD}ச\u{BCD}|2D42
மே|2D44 2D54
வியா.|2D64
வியாழன\u{BCD}|2D34
வெள\u{BCD}.|2D65
வெள\u{BCD}ளி|2D35
అక\u{C4D}ట\u{C4B}|2D99
అక\u{C4D}ట\u{C4B}బర\u{C4D}|2D79
ఆగ|2D97
ఆగస\u{C4D}టు|2D77
ఆద\u{C3F}|2DA0
ఆద\u{C3F}వ\u{C3E}రం|2D80
ఏప\u{C4D}ర\u{C3F}|2D93
ఏప\u{C4D}ర\u{C3F}ల\u{C4D}|2D73
గురు|2DA4
గురువ\u{C3E}రం|2D84
జన|2D90
జనవర\u{C3F}|2D70
జుల\u{C48}|2D76 2D96
జూన\u{C4D}|2D75 2D95
డ\u{C3F}స\u{C46}ం|2D9B
డ\u{C3F}స\u{C46}ంబర\u{C4D}|2D7B
నవం|2D9A
నవంబర\u{C4D}|2D7A
ఫ\u{C3F}బ\u{C4D}ర|2D91
ఫ\u{C3F}బ\u{C4D}రవర\u{C3F}|2D71
బుధ|2DA3
బుధవ\u{C3E}రం|2D83
మంగళ|2DA2
మంగళవ\u{C3E}రం|2D82
మ\u{C3E}ర\u{C4D}చ\u{C3F}|2D72 2D92
మ\u{C47}|2D74 2D94
శన\u{C3F}|2DA6
శన\u{C3F}వ\u{C3E}రం|2D86
శుక\u{C4D}ర|2DA5
శుక\u{C4D}రవ\u{C3E}రం|2D85
స\u{C46}ప\u{C4D}ట\u{C46}ం|2D98
స\u{C46}ప\u{C4D}ట\u{C46}ంబర\u{C4D}|2D78
స\u{C4B}మ|2DA1
స\u{C4B}మవ\u{C3E}రం|2D81
ಅಕ\u{CCD}ಟೋ|1A89
ಅಕ\u{CCD}ಟೋಬರ\u{CCD}|1A79
ಆಗಸ\u{CCD}ಟ\u{CCD}|1A77 1A87
ಏಪ\u{CCD}ರ\u{CBF}|1A83
ಏಪ\u{CCD}ರ\u{CBF}ಲ\u{CCD}|1A73
ಗುರು|1A94
ಗುರುವಾರ|1A64
ಜನವರ\u{CBF}|1A70 1A80
ಜುಲೈ|1A76 1A86
ಜೂನ\u{CCD}|1A75 1A85
ಡ\u{CBF}ಸ\u{CC6}ಂ|1A8B
ಡ\u{CBF}ಸ\u{CC6}ಂಬರ\u{CCD}|1A7B
ನವ\u{CC6}ಂ|1A8A
ನವ\u{CC6}ಂಬರ\u{CCD}|1A7A
ಫ\u{CC6}ಬ\u{CCD}ರವರ\u{CBF}|1A71 1A81
ಬುಧ|1A93
ಬುಧವಾರ|1A63
ಭಾನು|1A90
ಭಾನುವಾರ|1A60
ಮಂಗಳ|1A92
ಮಂಗಳವಾರ|1A62
ಮಾರ\u{CCD}ಚ\u{CCD}|1A72 1A82
ಮೇ|1A74 1A84
ಶನ\u{CBF}|1A96
ಶನ\u{CBF}ವಾರ|1A66
ಶುಕ\u{CCD}ರ|1A95
ಶುಕ\u{CCD}ರವಾರ|1A65
ಸ\u{CC6}ಪ\u{CCD}ಟ\u{CC6}ಂ|1A88
ಸ\u{CC6}ಪ\u{CCD}ಟ\u{CC6}ಂಬರ\u{CCD}|1A78
ಸೋಮ|1A91
ಸೋಮವಾರ|1A61
ഏപ\u{D4D}രി|2123
ഏപ\u{D4D}രിൽ|2103
ഒക\u{D4D}ടോ|2129
ഒക\u{D4D}\u{200C}ടോബർ|2109
ഓഗ|2127
ഓഗസ\u{D4D}റ\u{D4D}റ\u{D4D}|2107
ചൊവ\u{D4D}വ|2132
ചൊവ\u{D4D}വാഴ\u{D4D}ച|2112
ജന\u{D41}|2120
ജന\u{D41}വരി|2100
ജ\u{D42}ലൈ|2106 2126
ജ\u{D42}ൺ|2105 2125
ഞായറാഴ\u{D4D}\u{200C}ച|2110
ഞായർ|2130
ഡിസം|212B
ഡിസംബർ|210B
തിങ\u{D4D}കളാഴ\u{D4D}\u{200C}ച|2111
തിങ\u{D4D}കൾ|2131
നവം|212A
നവംബർ|210A
ഫെബ\u{D4D}ര\u{D41}|2121
ഫെബ\u{D4D}ര\u{D41}വരി|2101
ബ\u{D41}ധനാഴ\u{D4D}\u{200C}ച|2113
ബ\u{D41}ധൻ|2133
മാർ|2122
മാർച\u{D4D}ച\u{D4D}|2102
മേയ\u{D4D}|2104 2124
വെള\u{D4D}ളി|2135
വെള\u{D4D}ളിയാഴ\u{D4D}\u{200C}ച|2115
വ\u{D4D}യാഴം|2134
വ\u{D4D}യാഴാഴ\u{D4D}\u{200C}ച|2114
ശനി|2136
ശനിയാഴ\u{D4D}\u{200C}ച|2116
സെപ\u{D4D}റ\u{D4D}റം|2128
സെപ\u{D4D}റ\u{D4D}റംബർ|2108
අගෝ|2AA7
අගෝස\u{DCA}ත\u{DD4}|2A87
අඟහ|2AB2
අඟහර\u{DD4}වාදා|2A92
අප\u{DCA}\u{200D}රේල\u{DCA}|2A83 2AA3
ඉර\u{DD2}දා|2A90 2AB0
ඔක\u{DCA}|2AA9
ඔක\u{DCA}තෝබර\u{DCA}|2A89
ජන|2AA0
ජනවාර\u{DD2}|2A80
ජ\u{DD6}න\u{DD2}|2A85 2AA5
ජ\u{DD6}ල\u{DD2}|2A86 2AA6
දෙසැ|2AAB
දෙසැම\u{DCA}බර\u{DCA}|2A8B
නොවැ|2AAA
නොවැම\u{DCA}බර\u{DCA}|2A8A
පෙබ|2AA1
පෙබරවාර\u{DD2}|2A81
බදාදා|2A93 2AB3
බ\u{DCA}\u{200D}රහස\u{DCA}|2AB4
බ\u{DCA}\u{200D}රහස\u{DCA}පත\u{DD2}න\u{DCA}දා|2A94
මාර\u{DCA}ත\u{DD4}|2A82 2AA2
මැය\u{DD2}|2A84 2AA4
සඳ\u{DD4}දා|2A91 2AB1
සැප\u{DCA}|2AA8
සැප\u{DCA}තැම\u{DCA}බර\u{DCA}|2A88
ස\u{DD2}ක\u{DD4}|2AB5
ස\u{DD2}ක\u{DD4}රාදා|2A95
සෙන|2AB6
සෙනස\u{DD4}රාදා|2A96
ก.ค.|2E56
ก.พ.|2E51
ก.ย.|2E58
กรกฎาคม|2E46
ก\u{E31}นยายน|2E48
ก\u{E38}มภาพ\u{E31}นธ\u{E4C}|2E41
จ.|2E61
ต.ค.|2E59
ต\u{E38}ลาคม|2E49
ธ.ค.|2E5B
ธ\u{E31}นวาคม|2E4B
พ.|2E63
พ.ค.|2E54
พ.ย.|2E5A
พฤ.|2E64
พฤศจ\u{E34}กายน|2E4A
พฤษภาคม|2E44
ม.ค.|2E50
มกราคม|2E40
ม\u{E34}.ย.|2E55
ม\u{E34}ถ\u{E38}นายน|2E45
ม\u{E35}.ค.|2E52
ม\u{E35}นาคม|2E42
ว\u{E31}นจ\u{E31}นทร\u{E4C}|2E31
ว\u{E31}นพฤห\u{E31}สบด\u{E35}|2E34
ว\u{E31}นพ\u{E38}ธ|2E33
ว\u{E31}นศ\u{E38}กร\u{E4C}|2E35
ว\u{E31}นอ\u{E31}งคาร|2E32
ว\u{E31}นอาท\u{E34}ตย\u{E4C}|2E30
ว\u{E31}นเสาร\u{E4C}|2E36
ศ.|2E65
ส.|2E66
ส.ค.|2E57
ส\u{E34}งหาคม|2E47
อ.|2E62
อา.|2E60
เม.ย.|2E53
เมษายน|2E43
ກ.ຍ.|1DB8
ກ.ພ.|1DB1
ກ.ລ.|1DB6
ກ\u{EB1}ນຍາ|1DA8
ກ\u{EB8}ມພາ|1DA1
ກ\u{ECD}ລະກ\u{EBB}ດ|1DA6
ຈ\u{EB1}ນ|1DC1
ຕ.ລ.|1DB9
ຕ\u{EB8}ລາ|1DA9
ທ.ວ.|1DBB
ທ\u{EB1}ນວາ|1DAB
ພ.ຈ.|1DBA
ພ.ພ.|1DB4
ພະຈ\u{EB4}ກ|1DAA
ພະຫ\u{EB1}ດ|1DC4
ພ\u{EB6}ດສະພາ|1DA4
ພ\u{EB8}ດ|1DC3
ມ.ກ.|1DB0
ມ.ນ.|1DB2
ມ.ສ.|1DB3
ມ\u{EB1}ງກອນ|1DA0
ມ\u{EB4}.ຖ.|1DB5
ມ\u{EB4}ຖ\u{EB8}ນາ|1DA5
ມ\u{EB5}ນາ|1DA2
ວ\u{EB1}ນຈ\u{EB1}ນ|1D91
ວ\u{EB1}ນພະຫ\u{EB1}ດ|1D94
ວ\u{EB1}ນພ\u{EB8}ດ|1D93
ວ\u{EB1}ນສ\u{EB8}ກ|1D95
ວ\u{EB1}ນອ\u{EB1}ງຄານ|1D92
ວ\u{EB1}ນອາທ\u{EB4}ດ|1D90
ວ\u{EB1}ນເສ\u{EBB}າ|1D96
ສ.ຫ.|1DB7
ສ\u{EB4}ງຫາ|1DA7
ສ\u{EB8}ກ|1DC5
ອ\u{EB1}ງຄານ|1DC2
ອາທ\u{EB4}ດ|1DC0
ເມສາ|1DA3
ເສ\u{EBB}າ|1DC6
\u{F21}|EC0
\u{F21}\u{F20}|EC9
\u{F21}\u{F21}|ECA
\u{F22}|EC1
\u{F23}|EC2
\u{F24}|EC3
\u{F25}|EC4
\u{F26}|EC5
\u{F27}|EC6
\u{F28}|EC7
\u{F29}|EC8
གཟའ\u{F0B}ཉ\u{F72}\u{F0B}མ\u{F0B}|9B0 EA6
གཟའ\u{F0B}པ\u{F0B}སངས\u{F0B}|9B5 EA4
གཟའ\u{F0B}ཕ\u{F74}ར\u{F0B}བ\u{F74}\u{F0B}|9B4 EA3
གཟའ\u{F0B}མ\u{F72}ག\u{F0B}དམར\u{F0B}|9B2 EA1
གཟའ\u{F0B}ཟ\u{FB3}\u{F0B}བ\u{F0B}|9B1 EA0
གཟའ\u{F0B}ལ\u{FB7}ག\u{F0B}པ\u{F0B}|9B3 EA2
གཟའ\u{F0B}ས\u{FA4}\u{F7A}ན\u{F0B}པ\u{F0B}|9B6 EA5
ཉ\u{F72}\u{F0B}|ED6
ཉ\u{F72}\u{F0B}མ\u{F0B}|9D0
པ\u{F0B}སངས\u{F0B}|9D5
ཕ\u{F74}ར\u{F0B}|ED3
ཕ\u{F74}ར\u{F0B}བ\u{F74}\u{F0B}|9D4
མ\u{F72}ག\u{F0B}དམར\u{F0B}|9D2
མ\u{F72}ར\u{F0B}|ED1
ཟ\u{FB3}\u{F0B}|ED0
ཟ\u{FB3}\u{F0B}\u{F21}|9C0
ཟ\u{FB3}\u{F0B}\u{F21}\u{F20}|9C9
ཟ\u{FB3}\u{F0B}\u{F21}\u{F21}|9CA
ཟ\u{FB3}\u{F0B}\u{F21}\u{F22}|9CB
ཟ\u{FB3}\u{F0B}\u{F22}|9C1
ཟ\u{FB3}\u{F0B}\u{F23}|9C2
ཟ\u{FB3}\u{F0B}\u{F24}|9C3
ཟ\u{FB3}\u{F0B}\u{F25}|9C4
ཟ\u{FB3}\u{F0B}\u{F26}|9C5
ཟ\u{FB3}\u{F0B}\u{F27}|9C6
ཟ\u{FB3}\u{F0B}\u{F28}|9C7
ཟ\u{FB3}\u{F0B}\u{F29}|9C8
ཟ\u{FB3}\u{F0B}གཉ\u{F72}ས\u{F0B}པ\u{F0B}|EB1
ཟ\u{FB3}\u{F0B}གས\u{F74}མ\u{F0B}པ\u{F0B}|EB2
ཟ\u{FB3}\u{F0B}དག\u{F74}\u{F0B}པ\u{F0B}|EB8
ཟ\u{FB3}\u{F0B}དངཔ\u{F0B}|EB0
ཟ\u{FB3}\u{F0B}ད\u{FB2}\u{F74}ག\u{F0B}པ|EB5
ཟ\u{FB3}\u{F0B}བ\u{F0B}|9D1
ཟ\u{FB3}\u{F0B}བ\u{F0B}གཉ\u{F72}ས\u{F0B}པ|9A1
ཟ\u{FB3}\u{F0B}བ\u{F0B}གས\u{F74}མ\u{F0B}པ|9A2
ཟ\u{FB3}\u{F0B}བ\u{F0B}དག\u{F74}\u{F0B}པ|9A8
ཟ\u{FB3}\u{F0B}བ\u{F0B}དང\u{F0B}པ\u{F7C}|9A0
ཟ\u{FB3}\u{F0B}བ\u{F0B}ད\u{FB2}\u{F74}ག\u{F0B}པ|9A5
ཟ\u{FB3}\u{F0B}བ\u{F0B}བཅ\u{F74}\u{F0B}གཅ\u{F72}ག\u{F0B}པ|9AA
ཟ\u{FB3}\u{F0B}བ\u{F0B}བཅ\u{F74}\u{F0B}གཉ\u{F72}ས\u{F0B}པ|9AB
ཟ\u{FB3}\u{F0B}བ\u{F0B}བཅ\u{F74}\u{F0B}པ|9A9
ཟ\u{FB3}\u{F0B}བ\u{F0B}བད\u{F74}ན\u{F0B}པ|9A6
ཟ\u{FB3}\u{F0B}བ\u{F0B}བཞ\u{F72}\u{F0B}པ|9A3
ཟ\u{FB3}\u{F0B}བ\u{F0B}བར\u{F92}\u{FB1}ད\u{F0B}པ|9A7
ཟ\u{FB3}\u{F0B}བ\u{F0B}ལ\u{F94}\u{F0B}པ|9A4
ཟ\u{FB3}\u{F0B}བཅ\u{F74}\u{F0B}གཅ\u{F72}ག\u{F0B}པ\u{F0B}|EBA
ཟ\u{FB3}\u{F0B}བཅ\u{F74}\u{F0B}གཉ\u{F72}ས\u{F0B}པ\u{F0B}|EBB
ཟ\u{FB3}\u{F0B}བཅ\u{F74}\u{F0B}པ\u{F0B}|EB9
ཟ\u{FB3}\u{F0B}བད\u{F74}ན\u{F0B}པ\u{F0B}|EB6
ཟ\u{FB3}\u{F0B}བཞ\u{F72}\u{F0B}པ\u{F0B}|EB3
ཟ\u{FB3}\u{F0B}བར\u{F92}\u{FB1}ད\u{F0B}པ\u{F0B}|EB7
ཟ\u{FB3}\u{F0B}ལ\u{F94}\u{F0B}པ\u{F0B}|EB4
ལ\u{FB7}ག\u{F0B}|ED2
ལ\u{FB7}ག\u{F0B}པ\u{F0B}|9D3
སངས\u{F0B}|ED4
ས\u{FA4}\u{F7A}ན\u{F0B}|ED5
ས\u{FA4}\u{F7A}ན\u{F0B}པ\u{F0B}|9D6
ကြာသပတေး|22B4
စက\u{103A}|22C8
စက\u{103A}တင\u{103A}ဘာ|22A8
စနေ|22B6
ဇန\u{103A}|22C0
ဇန\u{103A}နဝါရ\u{102E}|22A0
ဇ\u{1030}|22C6
ဇ\u{1030}လ\u{102D}\u{102F}င\u{103A}|22A6
ဇ\u{103D}န\u{103A}|22A5 22C5
တနင\u{103A}\u{1039}ဂန\u{103D}ေ|22B0
တနင\u{103A}\u{1039}လာ|22B1
ဒ\u{102E}|22CB
ဒ\u{102E}ဇင\u{103A}ဘာ|22AB
န\u{102D}\u{102F}|22CA
န\u{102D}\u{102F}ဝင\u{103A}ဘာ|22AA
ဖေ|22C1
ဖေဖော\u{103A}ဝါရ\u{102E}|22A1
ဗ\u{102F}ဒ\u{1039}ဓဟ\u{1030}း|22B3
မတ\u{103A}|22A2 22C2
မေ|22A4 22C4
သောကြာ|22B5
အင\u{103A}\u{1039}ဂါ|22B2
အောက\u{103A}|22C9
အောက\u{103A}တ\u{102D}\u{102F}ဘာ|22A9
ဧ|22C3
ဧပြ\u{102E}|22A3
ဩ|22C7
ဩဂ\u{102F}တ\u{103A}|22A7
აგვ|17A7
აგვისტო|1797
აპრ|17A3
აპრილი|1793
დეკ|17AB
დეკემბერი|179B
თებ|17A1
თებერვალი|1791
იან|17A0
იანვარი|1790
ივლ|17A6
ივლისი|1796
ივნ|17A5
ივნისი|1795
კვი|17B0
კვირა|1780
მაი|17A4
მაისი|1794
მარ|17A2
მარტი|1792
ნოე|17AA
ნოემბერი|179A
ოთხ|17B3
ოთხშაბათი|1783
ორშ|17B1
ორშაბათი|1781
ოქტ|17A9
ოქტომბერი|1799
პარ|17B5
პარასკევი|1785
სამ|17B2
სამშაბათი|1782
სექ|17A8
სექტემბერი|1798
შაბ|17B6
შაბათი|1786
ხუთ|17B4
ხუთშაბათი|1784
ለካ|2E91
ለካቲት|2E81
ሐሙስ|5F4 614
ሓሙ|2EA4
ሓሙስ|2E74
ሓም|2E96
ሓምለ|2E86
ሕዳ|2E9A
ሕዳር|2E8A
መስ|2E98
መስከረም|2E88
መጋ|2E92
መጋቢት|2E82
ሚያ|2E93
ሚያዝያ|2E83
ማርች|5E2 602
ማክሰ|612
ማክሰኞ|5F2
ሜይ|5E4 604
ረቡ|2EA3
ረቡዕ|5F3 613 2E73
ሰሉ|2EA2
ሰሉስ|2E72
ሰነ|2E85 2E95
ሰኑ|2EA1
ሰኑይ|2E71
ሰን|2EA0
ሰንበት|2E70
ሰኞ|5F1 611
ሴፕቴ|608
ሴፕቴምበር|5E8
ቀዳ|2EA6
ቀዳም|2E76
ቅዳሜ|5F6 616
ታሕ|2E9B
ታሕሳስ|2E8B
ነሓ|2E97
ነሓሰ|2E87
ኖቬም|60A
ኖቬምበር|5EA
ኤፕሪ|603
ኤፕሪል|5E3
እሑድ|5F0 610
ኦክቶ|609
ኦክቶበር|5E9
ኦገስ|607
ኦገስት|5E7
ዓር|2EA5
ዓርቢ|2E75
ዓርብ|5F5 615
ዲሴም|60B
ዲሴምበር|5EB
ጁላይ|5E6 606
ጁን|5E5 605
ጃንዩ|600
ጃንዩወሪ|5E0
ግን|2E94
ግንቦት|2E84
ጥሪ|2E80 2E90
ጥቅ|2E99
ጥቅምቲ|2E89
ፌብሩ|601
ፌብሩወሪ|5E1
ᎠᏂ|C44
ᎠᏂᏍᎬᏘ|C34
ᎠᏅ|C42
ᎠᏅᏱ|C32
ᎤᎾᏙᏓᏆᏍᎬ|C20
ᎤᎾᏙᏓᏈᏕᎾ|C26
ᎤᎾᏙᏓᏉᏅᎯ|C21
ᎤᏃ|C40
ᎤᏃᎸᏔᏅ|C30
ᎥᏍ|C4B
ᎥᏍᎩᏱ|C3B
ᎦᎶ|C47
ᎦᎶᏂ|C37
ᎧᎦ|C41
ᎧᎦᎵ|C31
ᎧᏬ|C43
ᎧᏬᏂ|C33
ᎫᏰ|C46
ᎫᏰᏉᏂ|C36
ᏅᎩᏁ|C54
ᏅᎩᏁᎢᎦ|C24
ᏅᏓ|C4A
ᏅᏓᏕᏆ|C3A
ᏆᏍᎬ|C50
ᏈᏕᎾ|C56
ᏉᏅᎯ|C51
ᏔᎵᏁ|C52
ᏔᎵᏁᎢᎦ|C22
ᏕᎭ|C45
ᏕᎭᎷᏱ|C35
ᏚᎵ|C48
ᏚᎵᏍᏗ|C38
ᏚᏂ|C49
ᏚᏂᏅᏗ|C39
ᏦᎢᏁ|C53
ᏦᎢᏁᎢᎦ|C23
ᏧᎾᎩ|C55
ᏧᎾᎩᎶᏍᏗ|C25
កក\u{17D2}កដា|1A46
កញ\u{17D2}ញា|1A48
ក\u{17BB}ម\u{17D2}ភៈ|1A41
ចន\u{17D2}ទ|1A51
ច\u{17D0}ន\u{17D2}ទ|1A31
ត\u{17BB}លា|1A49
ធ\u{17D2}ន\u{17BC}|1A4B
ព\u{17BB}ធ|1A33 1A53
ព\u{17D2}រហ|1A54
ព\u{17D2}រហស\u{17D2}បត\u{17B7}\u{17CD}|1A34
មករា|1A40
ម\u{17B7}ថ\u{17BB}នា|1A45
ម\u{17B8}នា|1A42
មេសា|1A43
វ\u{17B7}ច\u{17D2}ឆ\u{17B7}កា|1A4A
ស\u{17B8}ហា|1A47
ស\u{17BB}ក\u{17D2}រ|1A35 1A55
សៅរ\u{17CD}|1A36 1A56
អង\u{17D2}គារ|1A32 1A52
អាទ\u{17B7}ត\u{17D2}យ|1A30 1A50
ឧសភា|1A44
ᱚᱛ|2811
ᱚᱛᱮ|27E1
ᱚᱠᱴ|2809
ᱚᱠᱴᱚᱵᱟᱨ|27F9
ᱟᱜᱟ|2807
ᱟᱜᱟᱥᱛ|27F7
ᱟᱯᱨ|2803
ᱟᱯᱨᱮᱞ|27F3
ᱡᱟᱱ|2800
ᱡᱟᱱᱣᱟᱨᱤ|27F0
ᱡᱟᱹ|2815
ᱡᱟᱹᱨᱩᱢ|27E5
ᱡᱩᱞ|2806
ᱡᱩᱞᱟᱭ|27F6
ᱡᱩᱱ|27F5 2805
ᱢᱟᱨ|2802
ᱢᱟᱨᱪ|27F2
ᱢᱮ|27F4 2804
ᱥᱟᱹ|2813
ᱥᱟᱹᱜᱩᱱ|27E3
ᱥᱟᱹᱨ|2814
ᱥᱟᱹᱨᱫᱤ|27E4
ᱥᱤᱸ|2810
ᱥᱤᱸᱜᱮ|27E0
ᱥᱮᱯ|2808
ᱥᱮᱯᱴᱮᱢᱵᱟᱨ|27F8
ᱧᱩ|2816
ᱧᱩᱦᱩᱢ|27E6
ᱫᱤᱥ|280B
ᱫᱤᱥᱟᱢᱵᱟᱨ|27FB
ᱯᱷᱟ|2801
ᱯᱷᱟᱨᱣᱟᱨᱤ|27F1
ᱱᱟᱣ|280A
ᱱᱟᱣᱟᱢᱵᱟᱨ|27FA
ᱵᱟ|2812
ᱵᱟᱞᱮ|27E2
Ṣẹ\u{301}r|3210
Ẹrẹ\u{300}n|3212
Ẹt|3225
Ẹ\u{300}bi|3214
Ọgọ|1667 2577
Ọgọst|2567
Ọgọọst|1657
Ọjọ\u{301} Ajé|3201
Ọjọ\u{301} Àbámẹ\u{301}ta|3206
Ọjọ\u{301} Àìkú|3200
Ọjọ\u{301} Ìsẹ\u{301}gun|3202
Ọjọ\u{301} Ẹtì|3205
Ọjọ\u{301}b|3224
Ọjọ\u{301}bọ|3204
Ọjọ\u{301}r|3223
Ọjọ\u{301}rú|3203
Ọkt|1669 2579
Ọktoba|1659
Ọktóba|2569
Ọ\u{300}pẹ|321B
Ọ\u{300}wà|3219
ⴰⴽⵕ|2A33
ⴰⴽⵕⴰⵙ|2A03 32C3
ⴰⴽⵡ|2A34
ⴰⴽⵡⴰⵙ|2A04 32C4
ⴰⵙⴰ|2A30
ⴰⵙⴰⵎⴰⵙ|2A00 32C0
ⴰⵙⵉ|2A32
ⴰⵙⵉⴹ|2A36
ⴰⵙⵉⴹⵢⴰⵙ|2A06 32C6
ⴰⵙⵉⵎ|2A35
ⴰⵙⵉⵎⵡⴰⵙ|32C5
ⴰⵙⵉⵏⴰⵙ|2A02 32C2
ⴰⵢⵏ|2A31
ⴰⵢⵏⴰⵙ|2A01 32C1
ⴱⵕⴰ|2A21
ⴱⵕⴰⵢⵕ|2A11
ⴷⵓⵊ|2A2B
ⴷⵓⵊⴰⵏⴱⵉⵔ|2A1B
ⴽⵜⵓ|2A29
ⴽⵜⵓⴱⵔ|2A19
ⵉⴱⵔ|2A23
ⵉⴱⵔⵉⵔ|2A13
ⵉⵏⵏ|2A20
ⵉⵏⵏⴰⵢⵔ|2A10
ⵎⴰⵕ|2A22
ⵎⴰⵕⵚ|2A12
ⵎⴰⵢ|2A24
ⵎⴰⵢⵢⵓ|2A14
ⵏⵓⵡ|2A2A
ⵏⵓⵡⴰⵏⴱⵉⵔ|2A1A
ⵖⵓⵛ|2A27
ⵖⵓⵛⵜ|2A17
ⵙⵉⵎⵡⴰⵙ|2A05
ⵛⵓⵜ|2A28
ⵛⵓⵜⴰⵏⴱⵉⵔ|2A18
ⵢⵓⵍ|2A26
ⵢⵓⵍⵢⵓⵣ|2A16
ⵢⵓⵏ|2A25
ⵢⵓⵏⵢⵓ|2A15
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
ꃘꆪ|1685
ꆏꃘ|16A6
ꆏꇖ|16A4
ꆏꉬ|16A5
ꆏꊂꃘ|1696
ꆏꊂꇖ|1694
ꆏꊂꉬ|1695
ꆏꊂꋍ|1691
ꆏꊂꌕ|1693
ꆏꊂꑍ|1692
ꆏꋍ|16A1
ꆏꌕ|16A3
ꆏꑍ|16A2
ꇖꆪ|1683
ꈬꆪ|1688
ꉆꆪ|1687
ꉬꆪ|1684
ꊰꆪ|1689
ꊰꊪꆪ|168A
ꊰꑋꆪ|168B
ꋍꆪ|1680
ꌕꆪ|1682
ꏃꆪ|1686
ꑍꆪ|1681
ꑭꆏ|16A0
ꑭꆏꑍ|1690
ꔞꘋ|309A
ꔞꘋꕔꕿ ꕸꖃꗏ|308A
ꔻꔬꔳ|3076
ꕉꔤꕀꕮ|3075
ꕉꔤꕆꕢ|3074
ꕉꕞꕒ|3073
ꕒꕡ|3091
ꕒꕡꖝꖕ|3081
ꕚꕞꕚ|3072
ꕞꕌꔵ|3070
ꕢꕌ|3088 3098
ꕭꖃ|3089 3099
ꕾꖺ|3082 3092
ꖑꕱ|3084 3094
ꖢꖕ|3083 3093
ꖨꖕ ꕪꕴ ꔞꔀꕮꕊ|3080
ꖨꖕ ꕪꕴ ꗏꖺꕮꕊ|308B
ꖨꖕꔞ|3090
ꖨꖕꗏ|309B
ꖱꕞ|3096
ꖱꕞꔤ|3086
ꖱꘋ|3085 3095
ꗛꔕ|3087 3097
ꗳꗡꘉ|3071
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
𑄃𑄉\u{11127}𑄌\u{11134}𑄑\u{11134}|B37 B47
𑄃\u{11127}𑄇\u{11134}𑄑𑄬𑄝\u{11127}𑄢\u{11134}|B39
𑄃\u{11127}𑄇\u{11134}𑄑\u{1112E}𑄝\u{11127}𑄢\u{11134}|B49
𑄃𑄬𑄛\u{11133}𑄢\u{11128}𑄣\u{11134}|B33 B43
𑄎𑄚\u{1112A}|B40
𑄎𑄚\u{1112A}𑄠𑄢\u{11128}|B30
𑄎\u{1112A}𑄚\u{11134}|B35 B45
𑄎\u{1112A}𑄣\u{1112D}|B36 B46
𑄓\u{11128}𑄥𑄬𑄟\u{11134}𑄝𑄢\u{11134}|B4B
𑄓\u{11128}𑄥𑄬𑄟\u{11134}𑄝\u{11127}𑄢\u{11134}|B3B
𑄚\u{11127}𑄞𑄬𑄟\u{11134}𑄝\u{11127}𑄢\u{11134}|B3A B4A
𑄜𑄬𑄛\u{11134}|B41
𑄜𑄬𑄛\u{11134}𑄝\u{11133}𑄢\u{1112A}𑄠𑄢\u{11128}|B31
𑄝\u{1112A}𑄖\u{11134}|B53
𑄝\u{1112A}𑄖\u{11134}𑄝𑄢\u{11134}|B23
𑄝\u{11133}𑄢\u{11128}𑄥\u{1112A}𑄛\u{11134}|B54
𑄝\u{11133}𑄢\u{11128}𑄥\u{1112A}𑄛\u{11134}𑄝𑄢\u{11134}|B24
𑄟𑄢\u{11134}𑄌\u{11127}|B32 B42
𑄟\u{11127}\u{11101}𑄉\u{11127}𑄣\u{11134}|B52
𑄟\u{11127}\u{11101}𑄉\u{11127}𑄣\u{11134}𑄝𑄢\u{11134}|B22
𑄟𑄬|B34 B44
𑄢\u{11127}𑄝\u{11128}|B50
𑄢\u{11127}𑄝\u{11128}𑄝𑄢\u{11134}|B20
𑄥\u{11127}𑄚\u{11128}|B56
𑄥\u{11127}𑄚\u{11128}𑄝𑄢\u{11134}|B26
𑄥\u{11127}𑄟\u{11134}|B51
𑄥\u{11127}𑄟\u{11134}𑄝𑄢\u{11134}|B21
𑄥\u{1112A}𑄇\u{11134}𑄇\u{1112E}𑄢\u{11134}|B55
𑄥\u{1112A}𑄇\u{11134}𑄇\u{1112E}𑄢\u{11134}𑄝𑄢\u{11134}|B25
𑄥𑄬𑄛\u{11134}𑄑𑄬𑄟\u{11134}𑄝\u{11127}𑄢\u{11134}|B38 B48
𞤀\u{1E944}𞤩𞤵|1141
𞤀\u{1E944}𞤩𞤵𞤲𞥋𞤣𞤫|1121
𞤁𞤵\u{1E945}𞤶𞤮|1134
𞤃𞤢𞤣|1145
𞤃𞤢𞤦|1142
𞤃𞤢𞤱𞤦𞤢\u{1E944}𞤪𞤫|1122
𞤃𞤢𞤱𞤲𞤣𞤫|1125
𞤃𞤮𞤪𞤧𞤮|1136
𞤄𞤮𞤱𞤼𞤮|113B
𞤅𞤫\u{1E945}𞤼𞤮|1133
𞤅𞤭𞤤𞤼𞤮|1138
𞤅𞤭\u{1E945}𞤤𞤮|1130
𞤈𞤫𞤬|1140
𞤈𞤫𞤬𞤦𞤭𞤪\u{1E946}𞤫|1120
𞤐𞤢\u{1E944}𞤧|1144
𞤐𞤢\u{1E944}𞤧𞤢\u{1E944}𞤲𞤣𞤫|1124
𞤐𞤦𞤮\u{1E945}𞤴𞤮|1132
𞤐𞤶𞤫𞤧𞤤𞤢\u{1E944}𞤪𞤫|1123
𞤑𞤮𞤪𞤧𞤮|1135
𞤒𞤢𞤪𞤳𞤮|1139
𞤔𞤫𞤧|1143
𞤔𞤮𞤤𞤮|113A
𞤔𞤵𞤳𞤮|1137
𞤕𞤮𞤤𞤼𞤮|1131
𞤖𞤮𞤪|1146
𞤖𞤮𞤪𞤦𞤭𞤪\u{1E946}𞤫|1126
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
0 0 0 0 0 0 5 5 5 9 9 9 9 A A A C C C C D D D E E E E E E F F F
F F 10 10 10 10 11 11 11 11 11 11 11 12 12 12 12 13 13 13 13 14 14 14 14 14 15 15 15 15 17 18
18 18 18 1B 1B 1B 1B 25 26 28 28 28 28 2B 2B 2B 2B 2E 2E 2E 2E 2E 2E 2E 2F 2F 2F 30 30 30 31 33
33 36 36 36 36 36 36 36 3D 3D 3D 3D 3D 9A 9A 9A 9A A4 A4 BC BC 194 194 194 1E6 1E6 1E6 1E6 1E7 1E7 1E7 1E7
1E7 1E7 221 221 221 23B 23B 23B 23B 283 287 288 288 288 289 289 289 28A 28A 28B 28B 28B 28B 28B 28B 28C 28C 28C 28C 28E 28E 28E
28E 28F 290 290 290 290 291 291 291 291 291 2A6 2A6 2AF 2AF 2CD 2CD 2CD 2D8 2D8 2D8 2D8 2DD 2DD 2DD 2DD 2DD 2DD 2DD 2DD 2DD 2E6
2E6 2E6 2E6 2E9 2E9 2E9 2E9 2E9 2F2 2F2 2F2 2F7 2F7 2F7 2FD 2FD 2FD 2FD 303 303 303 304 304 304 304 30D 30D 30D 325 325 325 328
328 328 329 329 329 32A 32A 32A 32A 347 347 347 347 349 349 349 34A 34A 34A 34C 350 350 351 351 351 351 351 353 353 353 353 353
353 353 353 353 353 354 354 354 354 354 35F 35F 35F 364 364 364 364 365 365 365 365 367 367 369 369 36B 36B 36E 36E 36E 370 370
370 398 398 398 399 399 399 39B 39B 39B 39B 39B 39E 39E 39E 39E 3A1 3A1 3A1 3A1 3CF 3D2 3D2 3D2 402 402 402 402 402 402 402 403
403 403 403 403 405 405 405 405 405 405 405 412 412 412 412 412 412 414 414 414 414 414 414 416 416 416 416 416 416 418 418 418
41E 41E 41E 41E 420 420 420 420 424 424 424 429 429 429 42D 42D 42D 42E 42E 42E 42F 42F 42F 44D 44D 44D 44D 44D 44D 44D 44D 44D
44D 44D 44E 44E 44E 44E 44E 44E 44E 44E 44E 44E 44E 44E 44E 44E 44E 44E 44E 44E 44E 44F 44F 44F 44F 44F 44F 44F 44F 44F 44F 44F
450 461 46C 46D 46E 46F 46F 46F 46F 46F 471 471 471 471 473 474 475 475 475 475 475 475 477 477 477 477 477 477 478 478 478 478
47C 47C 47E 47E 480 480 481 481 481 481 481 484 484 484 484 484 487 487 487 487 487 487 487 487 487 487 487 487 487 487 487 487
487 488 488 488 488 488 488 488 489 48A 48B 48B 48B 48D 48D 48D 48D 48D 48D 48E 48E 48E 48E 48E 48F 48F 48F 490 490 490 490 491
491 492 492 494 494 494 497 497 497 497 497 497 497 497 497 498 498 498 49A 49C 49C 49C 49C 49E 49E 49E 49E 49E 49E 49E 49E 49E
49F 49F 49F 49F 49F 49F 49F 49F 49F 4A0 4A0 4A0 4A0 4A0 4A0 4A0 4A0 4A0 4A1 4A1 4A1 4A1 4A1 4A1 4A1 4A1 4A1 4A1 4A1 4A1 4A1 4A1
4A1 4A2 4A2 4A2 4A3 4A3 4A3 4A3 4A3 4A4 4A4 4A4 4A5 4A5 4A5 4A6 4A6 4A6 4A7 4A7 4A7 4A7 4A8 4A8 4A8 4A9 4A9 4A9 4AB 4AB 4AB 4AB
4AB 4AB 4AB 4AB 4AC 4AC 4AC 4AC 4AD 4AD 4AD 4AD 4AF 4AF 4AF 4AF 4AF 4AF 4AF 4AF 4AF 4B0 4B0 4B0 4B0 4B0 4B0 4B0 4B0 4B0 4B1 4B1
4B1 4B1 4B1 4B1 4B2 4B2 4B2 4B2 4B2 4B2 4B3 4B3 4B3 4B4 4B4 4B4 4B4 4B6 4B6 4B6 4B6 4B8 4B8 4B8 4B8 4B8 4B9 4B9 4B9 4B9 4B9 4BA
4BA 4BA 4BA 4BC 4BC 4BC 4BE 4BE 4BE 4BE 4BE 4BF 4BF 4BF 4C0 4C0 4C0 4C0 4C0 4C0 4C0 4C0 4C0 4C2 4C2 4C2 4C4 4C4 4C4 4C6 4C6 4C6
4C6 4C6 4C7 4C7 4C7 4C7 4C7 4C7 4C7 4C7 4C7 4C7 4C7 4C8 4CA 4CA 4CA 4CB 4CB 4CB 4CC 4CC 4CC 4CC 4CC 4CC 4CC 4CC 4CD 4CD 4CD 4CE
4CE 4CE 4CE 4CE 4CE 4CE 4D0 4D0 4D0 4D0 4D0 4D0 4D0 4D2 4D2 4D2 4D2 4D2 4D2 4D4 4D4 4D4 4D6 4D6 4D6 4D7 4D7 4D8 4D8 4D9 4DA 4DA
4DA 4DB 4DB 4DB 4DD 4DD 4DD 4DD 4DD 4DD 4DD 4DD 4DD 4DE 4DE 4DE 4DF 4DF 4DF 4E0 4E0 4E0 4E0 4E0 4E0 4E0 4E2 4E2 4E2 4E3 4E3 4E3
4E3 4E4 4E4 4E4 4E5 4E5 4E5 4E5 4E5 4E5 4E5 4E5 4E5 4E6 4E6 4E6 4E7 4E7 4E7 4E7 4E7 4E7 4E7 4E7 4E7 4E7 4E7 4E8 4E8 4E8 4E8 4E8
4E8 4E8 4E8 4E8 4EA 4EB 4EB 4EB 4EB 4EB 4EB 4EC 4EC 4EC 4EC 4EC 4EC 4ED 4EE 4EE 4EE 4EE 4EE 4F2 4F2 4F2 4F3 4F3 4F3 4F3 4F3 4F3
4F3 4F3 4F3 4F5 4F5 4F5 4F5 4F5 4F5 4F5 4F5 4F5 4F6 4F6 4F6 4F7 4F7 4F7 4F8 4F8 4F8 4FA 4FA 4FA 4FE 4FE 4FE 4FE 4FE 4FE 4FE 4FF
4FF 4FF 4FF 4FF 4FF 4FF 500 500 500 501 501 501 502 502 502 502 502 504 504 504 506 506 506 507 507 507 507 507 507 507 507 507
507 507 507 507 507 507 507 507 509 509 509 509 509 509 509 509 509 509 509 509 509 509 509 50A 50A 50A 50A 50B 50B 50B 50C 50C
50E 50E 50E 50F 50F 50F 50F 50F 50F 50F 50F 50F 510 510 510 510 510 510 510 510 510 511 511 511 511 511 511 511 511 511 512 512
512 512 512 512 512 512 512 512 512 512 512 512 512 513 513 513 513 514 514 514 514 515 516 516 516 517 517 517 517 518 518 518
51A 51C 520 520 520 521 521 521 522 522 522 522 522 522 522 522 522 523 523 523 523 524 524 525 525 527 527 527 528 528 528 528
528 528 528 529 529 529 52A 52A 52A 52B 52B 52B 52D 52D 52D 52F 52F 52F 530 530 530 534 534 534 538 538 538 538 53B 53B 53B 53D
53D 53D 53D 53D 53D 53F 53F 53F 53F 53F 53F 541 541 541 542 542 542 544 544 544 546 546 547
endPatterns
0 134 18D 1C1 340 1 135 1C2 341 2 3 206 4 5 6 8 9 A B C D E 299 F 10 14 3F3 11 15 146 173 18E
2F8 39C 3B4 3F4 437 12 13 16 17 19 FE 18 FF 211 1A 1B 1C 2A 2B 1D 43D 508 1E BD 1D6 1D8 3A5 3F0 4BE 1F 4A 55
58 5D 7B 7F C0 C1 101 103 10B 121 123 128 16E 180 197 19A 19C 1C6 1F3 1F5 21E 234 245 254 257 25E 261 286 289 295 29D 2A2
2A4 2B2 2B7 2BE 2C8 2DF 2FB 301 31F 329 33A 33B 34C 351 35C 35E 362 373 37F 382 384 39F 3A2 3B7 3BB 3E9 3EB 3EE 3F6 3F8 3FB 412
415 417 419 424 427 42F 434 43A 48B 48E 4A6 4AA 4AC 4B9 4C3 4E0 500 505 514 51C 529 52D 530 533 536 539 20 C6 C7 1D5 1D7 3A4
3A8 3DA 4BF 4C0 45 46 4C 53 54 5A 5B 5E 72 73 79 7A 81 82 88 89 8F 90 B1 B2 BB BC C3 C4 21 41 42 49
56 57 5C 6E 6F 75 76 7C 7D 84 85 8B 8C BE BF C8 CB CE D0 DA DB DF E2 E6 E9 ED EE F1 F2 F5 F6 F9
FA 100 104 105 10A 10E 10F 113 114 118 11A 120 124 125 129 12A 13E 140 151 152 158 16C 181 182 198 199 19D 19E 1A6 1A8 1B6 1B7
1BB 1BC 1C7 1C8 1D1 1D2 1F2 1F4 202 203 209 20B 21B 220 228 229 22D 22E 233 246 247 255 256 25F 260 283 287 288 29E 29F 2A3 2AD
2AF 2B3 2B4 2B8 2BD 2C9 2CA 2D4 2D5 2E0 2E1 2E5 2E6 2F0 2FC 2FD 302 306 307 320 321 32A 32B 334 335 338 339 348 349 34D 34E 352
35D 35F 360 363 364 368 36A 36E 370 374 375 380 381 385 3A0 3A1 3AD 3AE 3B8 3BC 3BD 3C7 3C8 3D5 3D6 3DE 3EC 3ED 3F1 3F2 3F9 3FA
403 404 40B 40E 40F 413 414 41A 41B 425 426 430 431 435 436 43B 43C 455 456 460 465 46A 48C 48D 4A7 4A8 4BA 4BB 4C4 4C6 4C7 4CC
4CD 4D1 4D2 4D6 4D7 4E1 4E2 501 502 506 507 513 520 521 52A 52E 531 534 537 538 22 23 40 43 6D 70 74 77 8A 8D C9 CA
CD D1 117 11B 13D 141 150 153 1A5 1A9 1B5 1B8 1BA 1BD 1D0 1D3 1DA 201 204 208 20C 21C 221 225 227 22A 22C 22F 284 2AC 2B0 2C5
2C6 2D7 2D8 2E4 2E7 2EF 305 308 333 336 347 34A 367 36B 36D 371 3AC 3AF 3C6 3C9 3D4 40D 410 454 457 45E 45F 462 464 467 469 46C
4C8 4D5 4D8 51F 522 53D 24 25 28 D6 106 126 12B 159 17B 17E 183 185 188 19F 1C9 1CE 214 215 248 2A0 2B5 2B9 2CB 2E2 2E9 2ED
2F5 2F9 303 322 32C 32E 34F 353 361 365 377 3B9 3BE 3D9 3E0 3E3 41C 432 43E 445 44A 44D 485 489 4BC 4E3 503 509 517 51A 51D 543
546 26 27 17C 17D 186 187 2EA 2EB 2F6 2F7 2FE 32F 330 376 395 396 3E1 3E2 44B 44C 486 488 518 519 544 545 29 4B 62 C2 D8
107 10C 127 12C 148 15A 16F 175 17F 184 189 19B 1A0 1AF 1CA 1CF 216 226 235 23A 244 249 253 258 262 268 28A 2A1 2B6 2BA 2CC 2E3
2EE 2FA 304 323 32D 33C 350 354 366 378 39E 3A3 3AB 3BA 3BF 3E4 3EF 3FC 41D 428 433 43F 44E 48A 4AB 4AD 4B2 4BD 4C5 4E4 504 50A
51B 51E 528 2C 2D 2F 541 2E 30 31 32 33 34 37 35 36 38 39 3C 1A1 1A4 1B0 1B3 1F6 1F9 217 23B 23E 26F 272 290 293
324 327 476 479 50B 50E 3E 3F 96 97 9D 9E A5 A6 AB 3A 3B 92 93 99 9A A0 A1 A8 1A2 1A3 1B1 1B2 1F7 1F8 218 23C
270 271 291 292 30B 325 326 3CC 474 477 478 50C 50D 3D 122 1B4 1FA 25D 273 294 2AB 328 388 48F 44 154 1EF 230 444 47 63 66
1EE 1F0 236 239 459 45C 4D 68 69 48 64 65 1E8 1F1 237 238 45A 45B 4E 51 11D 12D 387 4F 50 11E 11F 12E 386 B0 1D9 21F
3EA 416 418 52 59 67 6C 2BF 2C4 45D 4F9 4FF 53A 5F 61 B6 B9 FC 143 147 14A 170 174 240 243 263 267 2AA 399 402 405 4AE
4B1 4C2 4FE 510 515 60 3DB 487 6A 6B 71 D2 11C 142 1AA 1B9 1BE 1D4 1E7 205 20D 2B1 2C7 2E8 309 337 34B 36C 372 3B0 3C5 3CA
411 463 468 46D 4CA 4D9 523 78 22B 7E 80 41E 83 86 4D0 4D3 87 8E 1DB 91 94 98 9B 9F A2 A3 A7 219 3CB 3CD 473 95
9C A4 3CE 47F A9 AA 475 AC AF AD AE B3 B4 53B B5 53C B7 B8 CF FD 119 13F 144 145 149 156 157 171 172 1A7 20A 241
242 250 251 264 266 2A7 2AE 369 39A 39B 3D1 461 466 46B 4A9 4AF 4B0 4B4 4B5 4C1 4FB 4FC 511 512 BA C5 2D3 CC 21D 30E D3 296
379 D4 D5 132 133 139 13A 177 178 18C 224 23D 24B 24C 28C 28D 297 298 2DB 2DC 2F2 310 311 315 316 33E 33F 36F 37A 37B 38C 3C1
3C2 3DC 3FF 420 421 42C 446 447 450 451 46F 470 481 482 53E D7 29B 37D D9 131 136 138 13B 14E 176 179 18A 1E4 24A 24D 252 28B
28E 29A 2DA 2DD 2F3 2FF 30F 312 314 317 331 33D 342 37C 38D 3C0 3C3 3DD 3F5 400 407 408 41F 422 42D 438 448 44F 452 46E 471 480
483 4CE DC DD 4CF DE E3 E5 EA EC EF F0 F3 F4 F7 F8 FB 3D7 E0 E7 E1 E8 E4 EB 102 2A5 383 406 40C 516 108 16A
109 16B 16D 1E9 10D 110 112 115 155 111 116 2D2 4DF 12F 130 137 13C 14F 17A 1E6 24E 28F 29C 2DE 300 313 318 31E 332 343 346 37E
3C4 3DF 3F7 401 409 423 42E 439 449 453 484 50F 547 14B 14C 14D 15B 160 167 269 26D 490 493 495 496 498 49A 49B 49E 4A0 4A1 4A3
4A5 15C 15D 168 26A 26B 491 492 499 49C 49D 4A4 15E 15F 161 162 166 163 165 164 169 18B 18F 190 191 3D8 4EF 4F4 192 195 193 194
196 1AB 1AE 39D 1AC 1AD 4B6 1BF 1C0 1C3 1C4 1C5 23F 1CB 1CC 1CD 1DC 1DD 1DE 265 1DF 2A6 4FA 1E0 1E1 1E2 1E3 1E5 1EA 285 1EB 1EC
1ED 1FC 1FB 1FD 1FE 1FF 200 207 20E 20F 210 212 213 21A 458 222 223 231 232 24F 259 25C 25A 25B 26C 26E 275 276 274 278 277 279
27A 27E 27B 27C 27D 27F 280 281 282 442 2A8 2A9 2BB 2BC 2C0 2C3 2C1 2C2 2CE 2D0 2CD 2D1 2CF 2D6 2D9 2EC 2F1 2F4 38E 30A 30C 30D
31A 31B 319 31C 31D 345 344 355 356 357 358 359 35A 35B 38A 38B 42A 42B 389 390 391 38F 392 393 394 397 398 4B8 52F 535 3A6 3A7
3A9 3AA 3B2 3B3 3B1 3B5 3B6 3CF 3D2 3D0 3D3 3E5 3E6 3E8 3E7 3FD 3FE 40A 429 440 441 443 472 47A 47B 47E 47C 47D 494 497 49F 4A2
4B3 4B7 4C9 4CB 4D4 4DB 4DC 4DA 4DD 4DE 4E8 4E5 4E9 4E6 4E7 4EA 4EB 4EE 4F0 4F3 4EC 4ED 4F1 4F2 4F5 4F8 4FD 4F6 4F7 524 527 525
526 52B 52C 532 53F 542 540
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
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 0 0 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
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
1 1 1 1 1 1 0 0 0 0 0 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
1 1 1 1 1 1 1 1
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
30 30 30 30 30 30 30 30 30 30 660 660 660 660 660 660 660 660 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 F20
F20 F20 F20 F20 F20 F20 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 6F0 6F0 30 30 30 30 30 30 1E950 1E950 1E950 1E950 1E950 1E950 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 6F0 6F0 6F0 6F0 6F0 6F0 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 6F0 6F0 6F0
6F0 6F0 6F0 6F0 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 9E6 9E6 9E6 9E6 9E6 966 966 966 966 966 966 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 1040 1040 1040 1040 1040 1040 30 30 30 30 30 30 30 30 30
966 966 966 966 966 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 6F0 6F0 6F0 6F0 6F0 6F0 6F0 6F0 30 30 30 30 30 6F0 6F0 6F0
6F0 6F0 30 30 30 30 30 966 966 966 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 966 966 966 966 966 30 30 30 30 30 30 30 30 30 30 30 1C50 1C50 1C50 1C50 1C50 1C50 30 30 30 30 30 30
30 30 30 30 30 660 660 660 660 660 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 6F0 6F0 6F0 6F0 6F0 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30 30
30 30 30 30 30 30 30 30
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
1CC 1CE 1CF 1D0 1D2 1D3 1D5 1D6 1D7 1D9 1DA 1DC 1DD 1DE 1DE 1DE 1DF 1E1 1E2 1E4 1E5 1E6 1E8 1E9 1EB 1EC 1ED 1EF 1F0 1F2 1F3 1F4
1F6 1F7 1F9 1FA 1FB 1FD 1FF 200 201 202 204 205 207 208 209 20B 20C 20E 20F 210 212 213 215 216 217 219 21A 21C 21D 21E 220 221
223 224 224 224 226 227 228 22A 22B 22C 22E 22F 231 232 233 235 236 238 239 23A 23C 23D 23E 240 241 243 244 246 247 248 249 24A
24C 24E 24F 250 251 253 254 255 256 257 258 259 25B 25C 25E 260 261 263 264 265 267 268 26A 26C 26D 26E 270 271 273 274 275 276
278 279 27B 27C 27D 27F 280 280 281 283 284 285 286 288 289 28B 28C 28D 28D 28F 290 292 294 295 297 298 29A 29B 29C 29E 29F 2A1
2A2 2A3 2A5 2A7 2A8 2A9 2AB 2AC 2AE 2AF 2B0 2B2 2B3 2B5 2B6 2B7 2B9 2BA 2BC 2BD 2BE 2C0 2C1 2C3 2C4 2C5 2C7 2C8 2CA 2CB 2CC 2CE
2CF 2D1 2D2 2D3 2D5 2D6 2D8 2D9 2DA 2DC 2DD 2DF 2E0 2E1 2E3 2E4 2E6 2E7 2E8 2EA 2EB 2ED 2EE 2EF 2F1 2F2 2F4 2F5 2F6 2F8 2F9 2FB
2FC 2FD 2FF 300 302 303 304 305 307 308 30A 30B 30C 30C 30E 30F 311 312 313 315 316 318 319 31A 31A 31C 31D 31F 320 321 322 324
325 326 328 329 32A 32C 32D 32F 330 331 333 334 336 337 338 33A 33B 33D 33E 33F 341 342 344 346 347 348 348 34A 34C 34D 34F 350
351 353 354 356 357 359 35A 35C 35D 35E 360 362 363 365 366 367 368 36A 36B 36D 36E 36F 371 372 374 375 377 378 37A 37B 37C 37E
37F 381 382 383 385 386 388 38A 38B 38D 38E 38F 391 392 394 395 396 397 399 39A 39C 39D 39E 39E 3A0 3A2 3A3 3A5 3A6 3A7 3A9 3AA
3AC 3AD 3AE 3B0 3B1 3B3 3B4 3B5 3B7 3B8 3BA 3BB 3BC 3BD 3BF 3C0 3C2 3C3 3C4 3C5 3C7 3C8 3CA 3CB 3CC 3CC 3CE 3CF 3D1 3D2 3D3 3D4
3D6 3D7 3D9 3DA 3DC 3DD 3DF 3E0 3E1 3E3 3E4 3E6 3E7 3E8 3EA 3EB 3ED 3EE 3EF 3F1 3F2 3F4 3F5 3F6 3F8 3F9 3FB 3FC 3FD 3FE 400 401
403 404 405 407 408 40A 40B 40C 40E 40F 411 412 413 415 416 418 419 41A 41C 41D 41F 420 421 423 424 425 426 428 42A 42B 42D 42E
42F 42F 42F 431 432 434 435 436 438 439 43A 43C 43D 43F 440 441 443 444 446 447 449 44A 44C 44D 44E 44E 44F 451 452 454 455 457
458 459 45B 45D 45E 45F 461 462 464 465 466 467 469 46A 46C 46D 46E 46F 471 472 474 475 476 477 479 47A 47C 47D 47E 480 482 483
485 486 487 489 48A 48C 48D 48E 490 491 493 494 495 496 498 499 49B 49C 49D 49F 4A0 4A2 4A3 4A4 4A6 4A7 4A9 4AA 4AB 4AB 4AD 4AE
4B0 4B1 4B2 4B4 4B5 4B6 4B8 4BA 4BB 4BC 4BD 4BF 4C0 4C2 4C3 4C4 4C6 4C7 4C9 4CA 4CB 4CB 4CD 4CE 4D0 4D1 4D3 4D4 4D6 4D7 4D8 4DA
4DB 4DD 4DE 4DF 4E1 4E2 4E3 4E5 4E6 4E7 4E9 4EA 4EC 4ED 4EF 4F0 4F2 4F3 4F4 4F6 4F7 4F9 4FA 4FB 4FD 4FE 500 501 502 503 505 506
507 509 50A 50B 50D 50E 510 511 512 513 515 516 518 519 51A 51C 51D 51F 520 521 521 521 523 525 526 528 529 52A 52C 52D 52F 530
531 533 534 536 537 538 53A 53B 53D 53F 540 542 543 544 546 547 548 54A 54B 54D 54E 54F 551 552 554 555 557 558 559 55B 55C 55D
55F 560 561 563 564 566 567 568 56A 56B 56D 56E 56F 570 572 573 575 576 577 579 57A 57C 57D 57E 57E 580 581 583 584 585 586 588
589 58B 58C 58D 58F 590 592 593 594 596 597 599 59A 59B 59D 59E 5A0 5A1 5A2 5A4 5A5 5A7 5A8 5A9 5AB 5AC 5AE 5AF 5B0 5B2 5B3 5B5
5B7 5B8 5B9 5BB 5BC 5BE 5BF 5C0 5C2 5C3 5C5 5C6 5C7 5C9 5CA 5CC 5CD 5CE 5D0 5D1 5D3 5D4 5D5 5D7 5D8 5D9 5DB 5DC 5DE 5DF 5E0 5E2
5E3 5E5 5E6 5E7 5E9 5EA 5EC 5ED 5EE 5EF 5F1 5F2 5F4 5F5 5F6 5F8 5F9 5FB 5FC 5FD 5FF 600 602 604 605 607 608 60A 60C 60D 60E 610
611 613 615 616 618 619 61B 61D 61E 61F 620 622 623 625 626 628 629 62A 62C 62D 62F 630 631 632 634 635 637 638 639 63B 63C 63E
63F 640 641 643 645 646 647 648 649 64B 64D 64E 650 651 652 654 655 657 658 659 65B 65C 65E 65F 660 662 663 665 666 667 668 66A
66B 66D 66E 66F 671 672 674 675 676 677 679 67A 67C 67D 67E 680 681 683 684 685 687 688 68A 68B 68C 68E 68F 691 692 693 695 697
698 69A 69B 69C 69E 69F 6A1 6A2 6A3 6A4 6A6 6A7 6A9 6AA 6AB 6AD 6AE 6B0 6B1 6B2 6B3 6B5 6B7 6B8 6BA 6BB 6BC 6BE 6BF 6C1 6C3 6C4
6C6 6C7 6C8 6CA 6CB 6CD 6CE 6CF 6D1 6D2 6D4 6D5 6D5 6D7 6D9 6DA 6DB 6DD 6DE 6E0 6E2 6E3 6E4 6E6 6E7 6E8 6EA 6EB 6EC 6ED 6EF 6F0
6F1 6F2 6F3 6F4 6F6 6F7 6F8 6FA 6FB
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
67 62 67 68 69 69 6A 6B 6A 6B 6C 6D 6D 6E 6F 6E 6F 70 71 71 72 73 72 73 74 75 74 76 76 77 77 78
79 78 7A 7A 7B 7B 7C 7D 7D 7E 7E 7F 7E 7F 80 81 81 82 82 83 82 83 84 85 85 86 84 86 84 87 88 88
89 8A 89 8A 8B 8C 8C 48 8D 8E 8D 8D 8D 8E 8E 8F 90 8F 8F 8F 90 90 91 92 92 93 93 94 93 94 95 96
96 97 98 97 98 99 98 99 9A 9B 9A 9C 9C 9D 9D 9E 9F 9F A0 A1 A0 A1 A2 A3 A2 A4 A4 A5 A4 A5 A6 A7
A7 A8 A9 A8 A9 AA AB AB AC AD AC AA AB AB AD AE AF AF B0 B0 B1 B0 B1 B2 B3 B3 B4 B5 B4 B5 B6 B7
B6 B8 B8 B9 B9 BA BB BB BC BD BC BD BE BF BF C0 C1 C0 C1 C2 C3 C3 C4 C5 C4 C5 C6 C7 C6 C6 C6 C7
C6 C7 C8 C9 C9 CA CB CA CB CC CD CD CE CF CE CF D0 D1 D1 D2 D3 D2 D3 B D4 D4 D5 E D5 D6 D7 D7
D8 D8 D9 D8 D9 DA DB DB DC DD DC DD DE DF DF E0 E1 E0 E1 E2 E3 E3 E4 E5 E4 E5 E6 E7 E7 E8 E9 E8
E9 EA EB EB EA EB EB ED EE EF EF F0 F1 F0 F1 F2 F3 F3 F4 F5 F4 F5 F6 F7 F7 F8 F9 F8 F9 1B 2 3
3 0 1B 0 0 1B 0 0 1B 1B 0 1B FA FB FB FC FC FC FD FB FD 16 15 15 16 13 14 14 13 14 16 15
16 13 FE FE FF 16 FF 100 16 100 101 102 102 103 104 102 104 105 106 105 107 107 107 108 108 109 10A 10A 10B 10C 10B 10C
10D 10E 10F 10F 110 110 111 110 111 112 113 113 113 114 113 114 115 BB 116 BC 116 117 118 118 119 3B 119 11A 12 11A 12 F
10 12 11B 12 11B 11C 11D 11D 11E 11F 11E 11F 120 121 121 122 123 122 123 124 125 125 126 127 126 127 128 129 129 12A 12B 12A
12B 12C 12D 12D 12E 12F 12E 12F 130 131 131 132 133 132 133 134 135 135 136 137 136 137 138 139 139 13A 13B 13A 13B 13C 13D 13C
13E 13E 13F 13F 140 141 141 142 142 143 143 144 145 145 146 147 146 147 148 149 149 14A 14B 14A 14B 14C 14D 14D 14E 14F 14E 14F
150 3 3 1 1 151 1 151 A6 152 152 153 A9 153 A9 154 155 155 156 157 156 157 158 159 158 15A 15A 15B 15B 15C 15D 15C
15E 15E 15E 15F 15C 15F 160 161 161 162 163 162 163 164 165 165 166 167 166 167 168 169 168 168 168 16A 16A 16B 16C 16C 16D 16E
16D 16E 22 23 16F 170 170 170 170 16F 16F 170 16F 171 172 172 173 174 173 174 175 4F 176 177 176 177 178 179 179 17A 17B 17A
178 179 17B 17C 17D 17D 17E 17E 17F 17E 17F 180 181 181 182 183 182 183 184 185 185 186 173 186 187 188 188 189 18A 189 18A 18B
18C 18C 18D 18E 18D 18E 18F D7 190 D8 190 191 192 192 193 194 193 194 195 196 195 197 197 197 198 198 199 19A 19A 19A 199 19A
199 19A 199 19B 19C 19B 19D 19D 19E 19E 19F 1A0 1A0 1A1 1A2 1A1 1A2 1A3 1A4 1A4 1A4 1A5 1A4 1A5 1A6 1A7 1A7 1A8 1A8 1A9 1A8 1A9
1AA 1AB 1AB 1AB 1AB 1AB 1AA 1AA 1AC 1AD 1AD 1AD 1AE 1AD 1AE 1AF 1B0 1B0 1B0 1B0 1B0 1AF 1AF 1B1 1B2 1B2 1B3 173 1B3 1B4 1B5 1B5
1B6 1B7 1B6 1B7 1B8 1B9 1B9 1BA 1BB 1BA 1BB 1BC 1BD 1BC 1BE 1BE 1BF 1BF 1C0 1C1 1C0 1C2 1C2 1C3 1C3 B6 1C4 B6 1C5 1C5 1C5 1C6
1C6 1C7 1C8 1C8 1C9 1CA 1C9 1CA 1CB 1CC 1CC 1CD 1CE 1CD 1CE 1CF 1D0 1D0 1D1 1D2 1D1 1D2 1D3 1D4 1D4 1D4 1D4 1D3 1D3 1D5 1D6 1D6
1D7 1D8 1D7 1D8 1DA 1DB 1DC 1DB 1D9 1DA 1DC 1DD 0 1DD 1DD 1DD 0 0 1DE 1DF 1DE 1E0 1E1 1E2 1E2 1E3 1E4 1E3 1E4 1E5 1E6 1E6
1E7 1E8 1E7 1E8 1E9 6D 1EA 1EB 1EA 1EB 1EC 1ED 1ED 1EE 1EE 1EF 1EE 1EF 1F0 1F1 1F1 1F2 1F3 1F3 1F4 174 1F4 1F5 1F6 1F6 1F7 1F8
1F7 1F8 1F9 1FA 1FA 1FB 1FB 1FC 1FB 1FC 1FD 1FE 1FE 1FF 1FF 200 1FF 200 201 202 202 203 203 204 203 204 205 206 206 207 207 205
205 206 205 208 209 209 20A 20B 20A 20B 20C 20D 20D 20E 20F 20E 20F 210 211 210 212 212 212 213 213 214 215 214 216 216 217 217
218 219 218 218 218 219 219 21A 21B 21B 21C 21D 21C 21D 21E 21F 21F 220 221 220 221 21F 21E 21F 222 223 223 224 224 225 224 225
226 227 227 228 229 228 229 22A 22B 22A 22C 22C 22B 22B 22D 22E 22E 22F 1 22F 230 231 231 232 233 232 233 234 235 234 234 234
236 236 29 237 238 238 239 23A 239 23A 23B 3A 23C 23D 23C 23D 23E 23F 23F 23F 23E 23F 23E 240 241 241 242 243 242 243 244 245
245 246 246 246 247 245 247 248 249 249 249 24A 249 24A 24B 24C 24C 24D 24D 24E 24D 24E 24F 250 250 251 252 251 252 253 254 254
254 254 253 253 254 253 255 256 256 257 258 257 258 259 25A 25A 25A 25A 259 259 25B 25C 25C 25D 25E 25D 25E 8F 14C 8F 14C 14C
25F 260 260 261 262 263 263 264 265 264 265 266 267 267 268 269 268 269 26A 268 26A 26B 26C 26C 26D 26E 26D 26E 1A 26F 270 26F
271 271 272 272 273 274 274 275 14F 275 14F 276 277 276 278 278 278 279 279 27A 27B 27B 27C 27D 27C 27D 27E 27F 27F 280 280 281
281 282 283 283 284 284 285 284 285 286 287 287 288 289 288 289 28A 28B 28B 28B 28B 28A 28A 28C 28D 28D 28E 28F 28E 28F 290 291
290 292 292 293 293 294 290 290 295 296 295 296 297 298 298 299 29A 299 29A 29B D7 29C 29D 29D 29E 29F 29E 29F 2A0 2A1 2A1 2A2
2A3 2A2 2A3 2A4 2A5 2A5 2A6 2A7 2A6 2A7 2A8 2A9 2A8 2AA 2AA 2AB 2AB 2AC 2AD 2AD 2AE 2AF 2B0 2B0 2B1 2B2 2B1 2B2 2B3 2B4 2B4 2B5
2B6 2B5 2B6 2B7 2B8 2B7 2B9 2B9 2BA 2BA 2BB 2BC 2BC 2BD 2BD 2BE 2BD 2BE 2BF 2C0 2C0 2C1 2C2 2C1 2C2 2C3 2C4 2C4 2C5 2C6 2C5 2C6
AA 2C4 AD 2C5 AD 2C7 2C4 2C8 2C6 2C8 2C9 2CA 2CA 2CB 2CC 2CB 2CC A6 2CA A9 2CB A9 2CD 2CA 2CE 2CC 2CE 2CF 2D0 2D0 2D1 2D1
2D2 2D1 2D2 6C 173 6C 2D3 2D4 2D4 2D5 2D6 2D5 2D6 2D7 2D8 2D7 2D9 2D9 2D9 2DA 2DA 2DB 2DC 2DC 2DD 2DE 2DD 2DE 2DF 2E0 2E0 2E1
2E1 2E2 2E1 2DF 2E0 2E0 2E2 2E4 2E5 2E6 2E5 2E3 2E4 2E6 2E7 2E8 2E8 2E9 2E9 2EA 2EA 2EB 2EC 2EB 2ED 2ED 2EE 2EE 2EF 2F0 2F0 2F1
2F2 2F1 2F2 2F3 2F4 2F3 2F5 2F5 2F5 2F6 2F6 2F7 2F8 2F8 2F9 2FA 2F9 2FA 2FB 2FC 2FB 2FB 2FB 2FB 2FD 2FD 2FE 2FF 2FF 2FF 2FE 2FF
2FE 2FE 2FF 2FF 2FF 2FE 2FF 2FE 300 301 301 302 303 302 303 304 305 305 B8 306 B8 304 305 306 307 308 308 309 307 309 307 30A
30B 30B 30B 30B 30A 30B 30A 30C 30D 30D 30E 30F 30E 30F 310 311 312 311 311 313 311 310 312 313 314 315 315 316 317 316 317 318
1D0 319 1D1 319 31A 31B 31B 31C 31D 31C 31D 31E 31F 31F 31F 31E 31F 31E 320 321 321 322 321 320 323 323 322 324 325 325 326 325
324 327 327 326 328 329 329 32A 32B 32A 32B 4 4 32C 2A1 2A2 5 5 49 49 32D 32E 32E 32F 330 32F 330
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
4D7E 4DBA 4DE3 4E0B 4E49 4E80 4EC1 4EEF 4F1C 4F5A 4F91 4FD1 500C 5038 5064 508D 50C6 5113 5150 51A6 51E9 522B 527E 52D1 530C 5334 535B 5393 53C9 5405 542E 5456
5494 54CB 550D 553D 556B 55AA 55E1 560A 5637 565E 5692 56C4 5705 5733 5760 579E 57D5 5816 5844 5870 58AE 58E5 591C 5945 596D 59A1 59D3 5A0A 5A33 5A5B 5A8F 5AC1
5B61 5BF3 5C1E 5C46 5CE4 5D74 5DAE 5DEA 5E13 5E3B 5E79 5EB0 5F01 5F3F 5F81 5FBE 5FF4 602A 6052 6079 60AC 60DD 6107 6142 616C 61A5 61DE 6211 624A 6283 62AD 62DB
6319 6371 639A 63C2 63E8 6420 6447 647F 64B3 64FD 6537 656C 65C6 6613 666B 66C6 66FB 675A 67A7 67D1 680B 6835 686F 68AF 68DC 6908 6946 697C 69F6 6A5D 6AB2 6AE9
6B32 6B68 6B9F 6BC8 6BF0 6C24 6C56 6C7E 6CB2 6CE8 6D10 6D3C 6D62 6D95 6DC6 6E10 6E4C 6E87 6EB7 6F07 6F4C 6F8D 6FCB 7002 7042 706F 70A6 70D9 7103 7138 716D 71A9
71E3 720D 7242 72A0 72F0 7317 734B 7382 73B8 73E0 7407 743A 746B 74A1 74C9 74F0 7523 7556 759D 75D1 75F8 7630 7666 76C3 770D 7756 77B0 77E6 7827 7855 787C 78BA
78F1 7931 795E 798A 79C7 79FD 7A39 7A62 7A8A 7AC8 7AFF 7B3A 7B62 7B89 7BC1 7BF9 7C34 7C61 7C8D 7CC5 7CFB 7D37 7D60 7D88 7DC1 7DF8 7E3A 7E69 7E97 7ED6 7F0C 7F47
7F6F 7F96 7FCE 8004 8047 8077 80A7 80D5 8115 8150 8195 81C7 81F8 822E 8270 82B7 82F8 8326 8352 8390 83C7 840C 843E 846F 84A5 84E7 852E 857A 85B9 85F7 8633 867C
86B9 8701 8759 8792 87B9 87EC 881F 885A 8882 88A9 88E1 8917 8952 897A 89A1 89D9 8A11 8A51 8A7E 8AAA 8AE7 8B1D 8B59 8B96 8BBF 8BE7 8C0C 8C45 8C80 8CB9 8CF5 8D1E
8D46 8D84 8DBB 8DF5 8E1C 8E54 8E8C 8ECD 8EFA 8F26 8F63 8FA2 8FD8 900F 9038 9065 908C 90C0 90F2 912E 9157 917F 91BD 91F4 9230 9259 9297 92CE 932C 9377 939F 93D8
9411 9463 94A2 94E0 952F 9568 959F 95D3 9605 9640 9668 968F 96CC 9702 9758 979B 97DE 981F 9872 98AA 98E2 990B 9933 995B 998F 99C5 99F9 9A34 9A5C 9A83 9ABB 9AF3
9B2F 9B58 9B80 9BBE 9BF5 9C2B 9C53 9C7A 9CAD 9CDE 9D1E 9D4B 9D77 9D9D 9DDA 9E10 9E47 9E70 9E98 9EBF 9EF8 9F2F 9F73 9FA4 9FD4 9FFC A03D A077 A0B7 A0E4 A110 A140
A17D A1BA A1F6 A21F A25D A294 A2CB A2F4 A31C A350 A382 A3D5 A403 A435 A473 A4A7 A4E2 A50A A531 A569 A5A1 A5DC A604 A62B A663 A69B A6EE A72E A76D A7A6 A7F1 A829
A865 A88E A8B6 A8F4 A92B A96B A998 A9C4 AA01 AA37 AA72 AA9A AAC1 AAFE AB34 AB75 ABA3 ABD0 AC09 AC42 AC78 ACA0 ACC7 ACFA AD2B AD53 AD7A ADB2 ADEC AE22 AE63 AE93
AEC2 AEF1 AF1D AF5B AF99 AFF6 B040 B078 B0AE B0D6 B0FD B130 B161 B19D B1C6 B1EE B22C B263 B29F B2C7 B305 B33C B39C B3E9 B435 B45F B4A0 B4F3 B52F B56B B594 B5D0
B5F9 B621 B65F B69B B6C4 B6EC B72A B761 B798 B7C1 B7EE B815 B849 B87B B8B1 B8D9 B900 B926 B959 B98A B9C6 B9EF BA17 BA43 BA81 BAB8 BAF5 BB1E BB46 BB7F BBBA BBF3
BC2E BC56 BC7D BCB5 BCED BD28 BD50 BD91 BDE4 BE1A BE5A BE87 BEB3 BED9 BF11 BF47 BFE0 C03C C097 C103 C13B C180 C1B2 C1E3 C225 C260 C2A4 C2D5 C305 C32D C36E C3A8
C3E3 C40B C432 C46A C4A0 C4CC C50B C560 C5A2 C5CA C60F C666 C69C C6D3 C6FC C724 C758 C78A C7D7 C80D C842 C86B C8B5 C8F4 C930 C959 C995 C9CC CA07 CA2F CA56 CA93
CAC9 CB08 CB34 CB5F CB9B CBD7 CC0A CC41 CC6A CC92 CCC6 CCF8 CD32 CD5E CD96 CDC7 CE44 CEA9 CED6 CF50 CFC8 CFFF D028 D050 D08B D0C4 D104 D12D D155 D17B D1B3 D1DA
D212 D252 D27F D2AB D2E8 D31E D37B D3C5 D40A D452 D48A D4C2 D4FD D525 D54C D584 D5BA D5FF D630 D660 D690 D6BD D6FE D741 D782 D7BE D7E7 D80F D848 D87F D8D4 D91B
D949 D988 D9C7 DA07 DA2F DA56 DA93 DACB DB0B DB48 DB85 DBD6 DBFE DC36 DC6C DC94 DCBB DCEE DD1F DD5A DD82 DDA9 DDE1 DE19 DE54 DE8F DECB DEF4 DF1C DF5A DF91 DFCA
E005 E02D E054 E08C E0C4 E103 E12F E15A E196 E1D0 E253 E281 E2AE E2D5 E30E E347 E383 E3AC E3D4 E412 E449 E48A E4B8 E4E5 E50F E54D E58B E5C7 E5F0 E618 E63F E67D
E6B4 E71D E778 E7B0 E7F4 E827 E86B E897 E8C2 E8FE E93A E97F E9B1 E9E2 EA24 EA5F EA9A EAC2 EAE9 EB21 EB59 EB92 EBBD EBE7 EC1D EC53 ECB1 ECFC ED46 EDA1 EDDA EE11
EE47 EE6F EE9B EECE EEFF EF36 EF5F EF8C EFC0 EFF2 F02E F05C F08E F0C7 F0FE F139 F161 F188 F1C0 F1F6 F231 F25E F299 F2D9 F306 F332 F36F F3AF F3F0 F41E F44B F489
F4BB F4F6 F51E F545 F57D F5B5 F5F5 F622 F64A F675 F6B2 F6E8 F723 F74B F772 F7AA F7E0 F825 F857 F887 F8C9 F90E F95B F9A5 F9F2 FA3F FA77 FAC1 FB0B FB42 FB77 FBBE
FC08 FC55 FC9F FCEC FD39 FD71 FDBB FDF6 FE1E FE45 FE70 FEA8 FEDE FF16 FF4C FF8C FFB9 FFE5 10022 10058 10098 100C5 100F1 1011C 10159 1018F 101CB 101F4 1021C 1025A 10291 102CD
102F6 1031E 10349 10386 103C0 103E7 1041D 10444 1046A 1049C 104E8 10518 10557 1057F 105A6 105DE 10618 1064E 10676 1069D 106D0 10703 10739 10761 10788 107BB 107EC 10849 10893 108DC 10924 1097E
109B6 109F2 10A1B 10A43 10A81 10AB8 10AF5 10B24 10B52 10B78 10BB2 10BEA 10C2E 10C5D 10C8B 10CCC 10D04 10D4F 10D85 10DBA 10E02 10E41 10E81 10EAE 10EDA 10F17 10F4F 10F95 10FC7 10FF8 1103A 1107E
110BB 110F7 11120 11148 11186 111BD 111FE 1122C 11259 11285 112C8 11304 11345 11373 113A0 113DE 11417 11456 11483 114AF 114D5 1150D 1154C 11584 115C4 115F1 1161D 1165A 11690 116CC 1170A 11741
11778 117A1 117C9 117FD 1182F 11878 118AE 118E3 11929 1195F 11999 119C0 119E6 11A28 11A62 11A89 11ABF 11AFC 11B26 11B6B 11BA8 11BD2 11C0B 11C47 11C70 11C98 11CD1 11D0A 11D4B 11D88 11DBF 11DE6
11E2A 11E76 11EBA 11EFF 11F3F 11F6C 11F98 11FD5 1200D
weekdayLists
1 0 1 0 1 1 1 1 1 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 0 0 1 0 0
1 1 1 0 0 1 1 0 0 1 1 0 0 1 0 1 0 1 1 0 0 1 1 0 0 1 0 0 1 1 0 0
1 1 1 0 1 1 0 0 1 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 0 1
0 1 1 0 0 0 0 0 1 0 0 1 1 0 0 1 1 0 0 1 0 1 0 1 0 1 0 1 1 0 0 1
1 0 0 1 1 0 0 1 0 0 1 1 0 0 1 0 1 1 0 0 1 1 0 0 1 0 0 1 0 1 1 0
0 1 0 1 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 0 1 0 1 1 0 0 1 1 0
0 1 1 0 0 1 0 1 1 0 0 1 1 0 0 1 1 0 0 1 0 0 1 0 0 1 1 0 0 1 1 0
0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 0 0
0 1 0 0 1 0 1 0 1 1 0 0 1 1 1 0 0 1 1 0 1 1 1 1 0 1 0 0 1 0 0 1
1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 0 1 0 1
1 0 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 1 0 0 1 0 0 1 0 1 0 1 0 1 0 1
1 0 0 1 1 0 0 1 0 1 1 1 0 0 1 1 0 1 0 0 1 1 0 1 1 0 0 1 1 0 0 1
1 0 0 1 1 0 1 1 0 0 1 1 0 0 1 1 1 1 0 0 1 0 1 0 1 1 0 0 1 0 1 1
0 0 1 1 0 1 1 0 0 1 1 0 1 0 1 1 0 1 0 1 1 0 0 1 1 0 0 1 0 1 0 1
0 1 0 1 1 0 1 1 0 0 1 1 0 0 1 1 0 0 1 1 0 1 0 0 1 1 0 0 1 0 0 1
1 1 0 0 1 1 0 0 1 1 0 1 1 0 0 1 1 0 1 0 0 1 0 0 1 1 0 0 1 1 0 0
1 1 0 0 1 1 0 0 1 0 0 1 1 0 0 1 0 1 0 1 0 1 0 1 0 1 1 0 0 1 1 0
0 1 1 0 0 1 1 0 0 1 0 1 0 1 0 1 1 0 0 1 0 1 1 1 0 0 1 1 0 1 1 0
1 0 0 1 1 0 0 1 1 0 1 1 0 0 1 1 0 0 1 1 0 1 0 0 1 1 0 1 0 0 1 1
0 1 1 0 0 1 1 0 0 1 1 1 0 0 1 0 1 0 1 1 0 0 0 1 0 1 1 0 0 1 1 0
0 1 1 0 0 1 1 0 0 1 1 0 1 0 0 1 0 1 0 1 1 0 1 1 0 0 1 1 1 0 0 1
1 0 0 1 1 0 0 1 0 1 0 1 1 0 1 1 0 0 1 1 0 0 1 0 1 0 1 1 0 0 1 1
0 0 1 1 0 0 1 1 0 1 0 0 1 1 0 1 0 0 1 1 0 0 1 0 1 0 1 1 0 0 1 1
0 0 1 1 0 0 1 1 0 0 1 0 1 0 1 1 0 0 1 0 1 0 1 1 0 0 1 0 1 1 1 0
1 0 0 1 1 0 1 1 0 0 1 0 1 0 0 1 1 0 0 1 1 0 0 1 1 1 1 0 0 1 1 0
1 0 1 0 1 0 1 0 1 0 0 1 1 1 0 0 1
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
