package jianbao.check;

/**
 * The kinds of language findings, each set to error, warning or off under {@code language_check:}
 * in site.yaml by its {@link #key()}.
 */
public enum FindingKind {
    LATIN_WORDS("latin_words", LanguageSettings.Level.WARNING),
    MISTAKEN_FORMS("mistaken_forms", LanguageSettings.Level.ERROR),
    STANDARD_EXPRESSIONS("standard_expressions", LanguageSettings.Level.WARNING),
    PUNCTUATION("punctuation", LanguageSettings.Level.WARNING),
    LATER_DATES("later_dates", LanguageSettings.Level.WARNING);

    private final String key;
    private final LanguageSettings.Level usual;

    FindingKind(String key, LanguageSettings.Level usual) {
        this.key = key;
        this.usual = usual;
    }

    /** The name of the kind in site.yaml. */
    public String key() {
        return key;
    }

    /** The level when site.yaml does not set one. */
    public LanguageSettings.Level usual() {
        return usual;
    }
}
