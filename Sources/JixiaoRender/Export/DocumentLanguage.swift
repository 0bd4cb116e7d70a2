import JixiaoCore

/// The language of what jixiao itself writes into a document it makes (a notebook, a report, a Word export's
/// note): Chinese, the language of the documents they go with, whatever the interface speaks, so that a file
/// is the same bytes whoever made it and under whichever `--lang`.
package enum DocumentLanguage {
    package static let language = Language.zh
}
