/**
 * A metric word that is a verb ("raised", "lost", "invests"): it follows its subject ("Tunely lost
 * €530 million", "Ververom raised…"), so the word before it is a name, never a qualifier.
 */
export const METRIC_VERB = /^(?:lost|\p{L}+ed|raises?|raising|invests?|bought|sold|spent|paid|made|built|won)$/iu;
