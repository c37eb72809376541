package jianbao.check;

import java.util.List;

/** Looks for one kind of finding in the prose of an issue. */
interface LanguageRule {

    /** Adds what it finds in {@code block} to {@code found}. */
    void find(ProseBlock block, List<Finding> found);
}
