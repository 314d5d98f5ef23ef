/* A fixture for the regex inventory test: it must find exactly the three regexes below. */
// A comment with /not+a+regex/ in it.
const text = 'a string with /not+a+regex/ either';
export const probes = [/a+b/g, new RegExp('^x\\d$', 'i'), new RegExp(text.slice(0, 1))];
