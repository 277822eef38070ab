/** The zip's top folder: unzipped, the bundle is at `partner-elements/dist/cdn/partner-elements.js`. */
export const TOP_FOLDER: string;
/** Files the bundle loads at run time; the zip is not built without them. */
export const REQUIRED: readonly string[];
/** The files of the upload, relative to `root`, sorted: dist/cdn and data without the pipeline's inputs. */
export function selfHostFiles(root: string): string[];
/** The zip's bytes. */
export function selfHostZip(root: string): Uint8Array;
