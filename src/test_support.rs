//! What tests of several stages share.

/// The words of background document `i`: twelve everyday words (government, schools, prices…)
/// in an order of its own, so that a corpus of them is large enough for the rarity of words to
/// be measured and none of them names an event.
pub(crate) fn everyday_words(i: usize) -> Vec<&'static str> {
    const EVERYDAY: &[&str] = &[
        "الحكومة",
        "البرلمان",
        "الاقتصاد",
        "الأسواق",
        "المدارس",
        "الطلاب",
        "الجامعة",
        "الزراعة",
        "المياه",
        "الكهرباء",
        "الطرق",
        "المستشفى",
        "الأطباء",
        "الدواء",
        "الأسعار",
        "الرواتب",
        "الموازنة",
        "الضرائب",
        "التجارة",
        "الصادرات",
        "السياحة",
        "الفنادق",
        "الطيران",
        "المطار",
        "الميناء",
        "السفن",
        "النفط",
        "الغاز",
        "المصانع",
        "العمال",
        "النقابة",
        "الانتخابات",
        "الأحزاب",
        "المرشحين",
        "الدستور",
        "القضاء",
        "المحكمة",
        "الشرطة",
        "المرور",
        "الطقس",
    ];
    (0..12)
        .map(|k| EVERYDAY[(i * 7 + k * 11) % EVERYDAY.len()])
        .collect()
}
