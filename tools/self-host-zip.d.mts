/** The zip's top folder: unzipped, the bundle is at `partner-elements/dist/cdn/partner-elements.js`. */
export const TOP_FOLDER: string;
/** The script a page loads, inside the top folder: `dist/cdn/partner-elements.js`. */
export const ENTRY: string;
/** Where the build writes the zip, relative to the package root. */
export const ZIP_PATH: string;
/** Files the bundle loads at run time; the zip is not built without them. */
export const REQUIRED: readonly string[];
/** Where each recipe puts the folder `partner-elements`, relative to the site's public root ('' is the root). */
export const DESTINATIONS: Readonly<Record<'plain-html' | 'typo3' | 'wordpress' | 'drupal', string>>;
/** The URL path of the script once the folder is in `destination`. */
export function scriptPath(destination: string): string;
/** The files of the upload, relative to `root`, sorted: dist/cdn and data without the pipeline's inputs. */
export function selfHostFiles(root: string): string[];
/** The README.txt at the top of the zip (German and English). */
export function readmeText(version: string | undefined): string;
/** The zip's bytes. */
export function selfHostZip(root: string): Uint8Array;
