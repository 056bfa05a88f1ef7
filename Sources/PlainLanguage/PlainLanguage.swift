/// Plain-language analysis of what professionals write about children.
public enum PlainLanguage {}
