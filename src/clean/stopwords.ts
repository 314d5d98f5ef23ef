/**
 * Function words: a high share of them marks running prose (body), a low share marks
 * labels, names and headlines. English first (the seeds and most of the benchmark), plus
 * the commonest words of the other languages the benchmark holds (pt, es, fr, de, ru).
 */
const WORDS = `a about after all also an and any are as at be because been but by can could did do does
for from had has have he her his how i if in into is it its just may me more most my no not of on or
our out over said says she should so some than that the their them then there these they this those to
up was we were what when where which who will with would you your been being before between during
through under while without against among upon whether both each few other such only own same too very
de da do das dos e em um uma para com não por mais como mas foi ao ele das tem à seu sua ou ser quando
muito há nos já está também só pelo pela até isso ela entre era depois sem mesmo aos ter seus quem nas
me esse eles estão você tinha foram essa num nem suas meu às minha têm numa pelos elas havia seja qual
será nós tenho lhe deles essas esses pelas este fosse dele el la que en los del se las por un para con
una su al lo como más pero sus le ya o este sí porque esta entre cuando muy sin sobre también me hasta
hay donde quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes
le les des et est il elle un une du dans qui ne pas pour sur au avec ce se plus par son mais ont ou été
leur sont cette aux y nous vous ils être fait comme sa ses tout der die und in den von zu das mit sich
des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um
am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde
и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот
от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь
опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам
чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь
этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой
хоть после над больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо
свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между это`;

/** Lower-case function words of the languages above. */
export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w.length > 0));
