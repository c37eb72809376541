/** Plans every page of the site with its URL (the only place URLs are made) and renders the pages with the theme's Pebble templates. */
package jianbao.render;
