/** The command line: one picocli command per verb, which parses options, calls a stage, prints problems and sets the exit status. */
package jianbao.cli;
