/** The published bulletin as immutable records (site, issues, articles, briefs, departments, settings): no I/O, no HTML templates, no URLs. */
package jianbao.model;
