/** The RSS 2.0, Atom 1.0 and JSON Feed files of the bulletin and of each department, built from the model. */
package jianbao.feeds;
