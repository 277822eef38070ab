<?php
/**
 * partner-elements in a WordPress theme (WordPress 6.5 or later). Add this to the functions.php of your (child)
 * theme, after copying the folder partner-elements/ from the self-host zip into the theme folder, so that
 * wp-content/themes/<your-theme>/partner-elements/dist/cdn/partner-elements.js exists.
 */

/**
 * Load the elements as an ES module on the pages whose content uses one of them. WordPress prints
 * <script type="module" src=".../partner-elements.js?ver=0.1.0" id="partner-elements-js-module"></script>.
 */
add_action( 'wp_enqueue_scripts', function () {
	if ( ! is_singular() || ! str_contains( (string) get_post_field( 'post_content' ), '<partner-' ) ) {
		return;
	}
	wp_enqueue_script_module(
		'partner-elements',
		get_theme_file_uri( 'partner-elements/dist/cdn/partner-elements.js' ),
		array(),
		'0.1.0'
	);
} );

/**
 * Optional: a strict Content-Security-Policy. partner-elements works under it (it needs 'self' for script, style
 * and connect), but WordPress itself and many plugins print inline scripts and styles, which it blocks: the emoji
 * script is removed below; check your pages' console before you keep it. Many sites set this header in the web
 * server instead (see the plain HTML recipe's .htaccess).
 */
remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
remove_action( 'wp_print_styles', 'print_emoji_styles' );

add_action( 'send_headers', function () {
	header( "Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'" );
} );
