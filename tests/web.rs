//! Component tests in headless Chromium (`wasm-pack test --headless --chrome`): the widget mounted through its wasm
//! door into an open shadow root, driven by real clicks.
#![cfg(target_arch = "wasm32")]

use job_offer_check::embed::{mount, Widget};
use job_offer_check::questionnaire::{Locale, CONTEXT, SECTIONS, UI};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

struct Mounted {
    host: Element,
    shadow: ShadowRoot,
    widget: Widget,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.widget.destroy();
        self.host.remove();
    }
}

fn mounted(lang: &str) -> Mounted {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("job-offer-check-test").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).unwrap();
    let root = document.create_element("div").unwrap();
    shadow.append_child(&root).unwrap();
    let widget = mount(root, lang, true, None, None, None);
    Mounted { host, shadow, widget }
}

impl Mounted {
    fn find(&self, selector: &str) -> Option<Element> {
        self.shadow.query_selector(selector).unwrap()
    }

    fn button(&self, label: &str) -> HtmlElement {
        let buttons = self.shadow.query_selector_all("button").unwrap();
        (0..buttons.length())
            .filter_map(|i| buttons.item(i))
            .find(|b| b.text_content().unwrap_or_default().trim() == label)
            .unwrap_or_else(|| panic!("no button {label:?}"))
            .unchecked_into()
    }

    fn radio(&self, question: &str, answer: &str) -> HtmlInputElement {
        self.find(&format!("input[name=\"{question}\"][value=\"{answer}\"]"))
            .unwrap_or_else(|| panic!("no radio {question}={answer}"))
            .unchecked_into()
    }

    fn title(&self) -> String {
        self.find("h2.joc-title").and_then(|h| h.text_content()).unwrap_or_default()
    }
}

#[wasm_bindgen_test]
async fn mounts_inside_an_open_shadow_root_in_the_language_asked() {
    let w = mounted("ur");
    yew::scheduler::flush().await;
    let root = w.find(".joc").expect("the widget renders inside the shadow root");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("ur"));
    assert_eq!(root.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(w.title(), UI.intro_title.get(Locale::Ur));
    let light_dom = web_sys::window().unwrap().document().unwrap().query_selector(".joc").unwrap();
    assert!(light_dom.is_none(), "nothing leaks into the host document");
}

#[wasm_bindgen_test]
async fn an_unknown_language_falls_back_to_english() {
    let w = mounted("xx");
    yew::scheduler::flush().await;
    assert_eq!(w.find(".joc").unwrap().get_attribute("lang").as_deref(), Some("en"));
}

#[wasm_bindgen_test]
async fn clicks_choose_about_the_offer_then_answer_only_the_sections_that_apply() {
    let w = mounted("en");
    yew::scheduler::flush().await;
    w.button(UI.start.get(Locale::En)).click();
    yew::scheduler::flush().await;
    assert_eq!(w.title(), UI.about_title.get(Locale::En));

    w.button(UI.continue_button.get(Locale::En)).click();
    yew::scheduler::flush().await;
    assert!(w.find(".joc-error-summary").is_some(), "a question about the offer without a choice is flagged");

    // An employer directly, nothing asked yet: the agent's and the money sections do not apply.
    for (q, choice) in [("offered_by", "employer"), ("stage", "offered")] {
        w.radio(q, choice).click();
    }
    for q in CONTEXT.iter().filter(|q| q.id != "offered_by" && q.id != "stage") {
        w.radio(q.id, q.choices[0].id).click();
    }
    yew::scheduler::flush().await;
    assert!(w.radio("offered_by", "employer").checked());
    w.button(UI.continue_button.get(Locale::En)).click();
    yew::scheduler::flush().await;
    let first = SECTIONS.iter().find(|s| s.id != "recruiter" && s.id != "money").unwrap();
    assert_eq!(w.title(), first.title.get(Locale::En), "the first section that applies");
    let status = w.find(".joc-status").unwrap().text_content().unwrap();
    assert!(status.starts_with("Section 1 of "), "{status}");
    assert!(w.find("input[name=\"sub_agent\"]").is_none());

    w.button(UI.switch_language.get(Locale::En)).click();
    yew::scheduler::flush().await;
    assert_eq!(w.title(), first.title.get(Locale::Ur));
    w.button(UI.back_button.get(Locale::Ur)).click();
    yew::scheduler::flush().await;
    assert!(w.radio("offered_by", "employer").checked(), "choices survive the language switch and Back");
}

#[wasm_bindgen_test]
async fn two_instances_on_one_page_are_independent() {
    let en = mounted("en");
    let ur = mounted("ur");
    yew::scheduler::flush().await;
    en.button(UI.start.get(Locale::En)).click();
    yew::scheduler::flush().await;
    assert_eq!(en.title(), UI.about_title.get(Locale::En));
    assert_eq!(ur.title(), UI.intro_title.get(Locale::Ur));
}
