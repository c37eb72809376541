/** Serve mode: the preview web server on 127.0.0.1, the file watcher, incremental rebuilds and the live reload of browser tabs. */
package jianbao.serve;
