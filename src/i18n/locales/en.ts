
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'h01b433ddfcba16dd': html`since <time datetime="${0}">${1}</time>`,
'partnership-count-few': str`${0} partnerships`,
'partnership-count-many': str`${0} partnerships`,
'partnership-count-of-few': str`${0} of ${1} partnerships`,
'partnership-count-of-many': str`${0} of ${1} partnerships`,
'partnership-count-of-one': str`${0} of ${1} partnership`,
'partnership-count-of-other': str`${0} of ${1} partnerships`,
'partnership-count-one': str`${0} partnership`,
'partnership-count-other': str`${0} partnerships`,
'result-count-few': str`${0} results`,
'result-count-many': str`${0} results`,
'result-count-one': str`${0} result`,
'result-count-other': str`${0} results`,
's1b8cb6d0d8257e14': `Town, country or region; case and accents don't matter`,
's2964cd88df587988': `The server did not answer in time.`,
's29f50b222ffd352b': `Project partnership`,
's34b6e44bafea1913': `No partnerships are recorded for this selection.`,
's5d1475f11a5d6bae': `Partnerships of the district`,
's5da87a0b88ae5e2e': `Loading partnerships …`,
's5fcce65f0c55d565': `Cooperation agreement`,
's659ca5a18ebc9acb': `The data file was not found.`,
's681f4498c8bd4863': `The partnerships could not be loaded.`,
's6c0c0bfff08ee1e5': `status unknown`,
's6dfcc3389424f018': str`The server reports an error (HTTP ${0}).`,
's7255b2a2c63165e3': `No results`,
's7702cfa0597059ea': str`No partnership matches “${0}”.`,
's7e09f2b0a0a723c8': `Solidarity partnership`,
's924535ebf58b9d7f': `Try again`,
's9c453880737dbd26': `Town twinning`,
'sa4f441315fc21140': str`${0}: partnerships of the state`,
'saf0996be8099f09f': `Partnerships of the towns and municipalities`,
'sb2e8dd34ca5112a9': `Search partnerships`,
'sb417e334b5b2a4d3': `The file does not contain valid partnership data.`,
'sb59d1d9f040a47a4': str`${0}: partnerships of the district`,
'sbe814e5a99a99fc8': `year unknown`,
'sbfd9dd1f6f47a784': `dormant`,
'sca8d1cbad9c9c4d4': `The embedded data is missing from this page.`,
'se1431c0101e4bf46': `Friendship`,
'se552eaf3331d0ae8': `The server cannot be reached. Please check your connection.`,
'se7d7b6d76e56087c': `ended`,
'sf4e330f709ed2638': `active`,
'sfab8a5d4f11a8173': str`jointly with ${0}`,
'sfb4410b48e95fa73': `Contact`,
'sfdd4ac8666e52778': str`Partner of ${0}`,
    };
  