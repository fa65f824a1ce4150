//! Saved web pages: the article a page carries, without its navigation, adverts and footer, read
//! the way Firefox's Reader View reads it (`dom_smoothie`, a port of Readability).
//!
//! The document's text is the article's title, a blank line, and its text with a line per
//! paragraph: every span the checker reports is a byte range into that extracted text, not into
//! the page's HTML.

use crate::error::Error;
use jiff::civil::Date;
use std::path::Path;

/// What a saved page holds: its article and what the page says of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Page {
    /// The title, a blank line, then the article's text.
    pub text: String,
    /// The site's name, when the page gives one (`og:site_name`, JSON-LD).
    pub site: Option<String>,
    /// The publication date, when the page gives one.
    pub published: Option<Date>,
    /// The page's language (`lang`), as its primary subtag ("ar", "en").
    pub language: Option<String>,
}

/// The article of the page `html`, read from `path`; an error naming the file when the page
/// holds no article.
pub(crate) fn read_page(path: &Path, html: &str) -> Result<Page, Error> {
    let fail = |message: String| Error::Page {
        path: path.to_path_buf(),
        message,
    };
    let config = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let mut reader = dom_smoothie::Readability::new(html, None, Some(config))
        .map_err(|e| fail(e.to_string()))?;
    let article = reader.parse().map_err(|e| fail(e.to_string()))?;
    let body = tidy(&article.text_content);
    if body.is_empty() {
        return Err(fail("no article text found".into()));
    }
    let title = article.title.trim();
    let text = if title.is_empty() || body.starts_with(title) {
        body
    } else {
        format!("{title}\n\n{body}")
    };
    let published = article
        .published_time
        .as_deref()
        .and_then(|t| t.get(..10))
        .and_then(|d| d.parse::<Date>().ok());
    let language = article
        .lang
        .as_deref()
        .and_then(super::document::primary_language);
    Ok(Page {
        text,
        site: article
            .site_name
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty()),
        published,
        language,
    })
}

/// The extracted text with each line trimmed and runs of blank lines made one.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if blank {
            out.push('\n');
            blank = false;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page with a menu, a sidebar of other stories and a footer: the article's title and
    /// paragraphs are kept, the rest left out, and the page's site, date and language read.
    #[test]
    fn a_saved_page_gives_its_article_without_navigation_or_footer() {
        let html = r#"<!DOCTYPE html><html lang="ar-IQ" dir="rtl"><head><meta charset="utf-8">
<title>اعتقال خمسة مطلوبين في ديالى | موقع الخبر</title>
<meta property="og:site_name" content="موقع الخبر">
<meta property="article:published_time" content="2024-03-12T09:30:00+03:00">
</head><body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li><li><a href="/eco">اقتصاد</a></li></ul></nav>
<article><h1>اعتقال خمسة مطلوبين في ديالى</h1>
<p>أعلنت وزارة الداخلية العراقية، الثلاثاء، اعتقال خمسة مطلوبين بتهم إرهابية في عملية أمنية شمال شرقي محافظة ديالى، بعد معلومات استخبارية دقيقة.</p>
<p>وقال المتحدث باسم الوزارة إن القوات الأمنية ضبطت أسلحة وأعتدة في أحد الأوكار، وإن التحقيق جار مع المعتقلين لمعرفة ارتباطاتهم.</p>
<p>وأضاف أن العملية جاءت بعد أسبوع من هجوم استهدف نقطة تفتيش في المنطقة وأسفر عن إصابة جنديين.</p>
</article>
<aside><h3>الأكثر قراءة</h3><ul><li><a href="/a">فوز المنتخب في المباراة الودية</a></li><li><a href="/b">ارتفاع أسعار الذهب</a></li></ul></aside>
<footer><p>جميع الحقوق محفوظة © موقع الخبر 2024</p><a href="/privacy">سياسة الخصوصية</a></footer>
</body></html>"#;
        let page = read_page(Path::new("p.html"), html).unwrap();
        assert!(
            page.text.contains("اعتقال خمسة مطلوبين بتهم إرهابية"),
            "{}",
            page.text
        );
        assert!(page.text.contains("ضبطت أسلحة وأعتدة"), "{}", page.text);
        assert!(
            page.text.starts_with("اعتقال خمسة مطلوبين في ديالى"),
            "{}",
            page.text
        );
        for furniture in [
            "الرئيسية",
            "الأكثر قراءة",
            "أسعار الذهب",
            "جميع الحقوق",
            "الخصوصية",
        ] {
            assert!(
                !page.text.contains(furniture),
                "{furniture} in {}",
                page.text
            );
        }
        assert_eq!(page.site.as_deref(), Some("موقع الخبر"));
        assert_eq!(page.published, Some("2024-03-12".parse().unwrap()));
        assert_eq!(page.language.as_deref(), Some("ar"));
    }

    #[test]
    fn a_page_with_no_article_is_an_error_naming_it() {
        let e = read_page(
            Path::new("empty.html"),
            "<html><head></head><body><div></div></body></html>",
        )
        .unwrap_err();
        assert!(e.to_string().contains("empty.html"), "{e}");
    }
}
