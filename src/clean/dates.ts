/** Month names and abbreviations (English, plus the commonest of pt/es/fr/de). */
export const MONTHS: ReadonlySet<string> = new Set(
  `january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
enero febrero marzo mayo junio julio septiembre octubre noviembre diciembre
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
januar februar märz juni juli oktober dezember`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** Words that fill datelines: weekdays, time zones, "updated", "published", "am"/"pm". */
export const DATE_WORDS: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun
am pm gmt bst utc est edt pst pdt cet cest et pt updated published posted last modified on at
st nd rd th min mins read ago hours hour minutes day days`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
