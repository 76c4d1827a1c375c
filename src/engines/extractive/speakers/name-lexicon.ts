/** Word lists for telling people, titles, organisations and places apart in news text. */

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Honorifics: folded out of the name, kept as gender evidence, never a role. */
export const HONORIFICS = words('mr mrs ms miss mx mister sir dame');

/** Title words that may precede a name ("Foreign Minister Sergey Lavrov"); lowercase, dots removed. */
export const TITLE_WORDS = words(`president vice prime minister foreign interior finance defense defence
secretary state treasury sen senator rep representative gov governor mayor dr gen general lt col adm
sgt cpt capt judge justice chief speaker leader majority minority house senate attorney ambassador
chairman chairwoman chair director spokesman spokeswoman spokesperson press candidate nominee hopeful
front-runner frontrunner republican republicans democratic democrat democrats gop former ex deputy
assistant acting interim first lady pope king queen prince princess sheikh rabbi rev reverend father
bishop cardinal professor prof commissioner officer agent detective sheriff police ministry
department us u.s uk u.k white national security adviser advisor campaign manager strategist pollster
host anchor correspondent editor columnist author ceo founder president-elect presidential
congressman congresswoman lawmaker businessman businesswoman billionaire mogul activist
homeland health education labor commerce energy justice transportation agriculture staff of
executive vice-president gubernatorial mayoral senior junior sens reps govs del delegate
supreme court chancellor premier emperor dictator commander admiral colonel sergeant lieutenant
retired ret dem counsel whip senators representatives governors`);

/** Lowercase role nouns that, right before a name, belong to its role ("spokeswoman Maria Zakharova"). */
export const ROLE_NOUNS = words(`spokeswoman spokesman spokesperson minister secretary president senator
candidate nominee hopeful front-runner frontrunner adviser advisor aide strategist pollster manager
chairman chairwoman chair director leader official officials governor mayor lawmaker congressman
congresswoman representative ambassador diplomat analyst expert professor host anchor correspondent
editor columnist author ceo founder chief businessman billionaire mogul activist rival challenger
opponent supporter donor operative consultant commentator economist scientist researcher lawyer
attorney judge justice general commander officer deputy envoy negotiator counterpart incumbent
contender spokespeople speaker whip staffer surrogate volunteer organizer president-elect voter
chief-of-staff pastor preacher rabbi priest veteran resident student mother father wife husband
son daughter brother sister friend partner director-general secretary-general astronaut`);

export const ORG_WORDS = words(`house court street network news party states department ministry committee
council union university college times post journal congress senate office agency service group fund
bank center centre institute foundation association campaign airport airlines club administration
kremlin pentagon reuters ap afp nato un eu fbi cia nsa gop dnc rnc isis isil taliban hamas hezbollah
corp inc co ltd company commission board bureau authority police army navy force forces guard
parliament government cabinet caucus coalition alliance organization organisation federation
league project initiative pac super-pac network channel magazine press tribune gazette herald review
television radio tv cnn msnbc fox abc nbc cbs npr bbc politico breitbart daily weekly tribune hospital
school church mosque city county district region republic kingdom emirates nations museum studies
foundation trust watch international global convention state annex summit conference rally point garden square
park generals hall tower building bridge river lake mountains valley beach island left right fund
law amendment plan program awards prize cup bowl series show tour festival`);

/** Places and peoples often written alone as the subject of "said" ("Moscow said", "Russia said"). */
export const PLACE_WORDS = words(`america russia ukraine moscow kyiv kiev turkey ankara istanbul washington
china beijing iran tehran israel syria iraq europe britain france germany london paris berlin brussels
mexico canada japan korea india pakistan afghanistan egypt qatar saudi texas florida iowa ohio california
new york hampshire carolina virginia nevada michigan wisconsin pennsylvania georgia arizona colorado
illinois chicago boston jerusalem gaza crimea donbas antalya kremlin tokyo seoul cuba venezuela
brazil spain italy greece poland libya yemen jordan lebanon nigeria kenya africa asia baltimore
missouri tennessee kentucky alabama mississippi louisiana oklahoma kansas nebraska dakota montana
utah oregon minnesota indiana maryland delaware jersey connecticut massachusetts vermont maine
philadelphia cleveland milwaukee manhattan brooklyn beltway arkansas alaska hawaii idaho wyoming rhode
north south west east columbia burma myanmar rangoon paris orlando dallas houston atlanta miami denver
seattle detroit pittsburgh charleston raleigh nashville memphis phoenix vegas louisville`);

/** Capitalised words that begin sentences or name days, never people. */
export const NON_NAME_WORDS = words(`the a an in on at but and or nor while despite meanwhile yet as if when after
before it he she they we i you this that these those for with without since although though because so
still now then there here according instead even also what who why how where which whose many some most
one two three no not both each all other another during under over by from to of our their his her its
my your yes oh well however thus hence indeed perhaps maybe just only first last next new late early
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
today tonight yesterday tomorrow christmas easter thanksgiving god lord twitter facebook instagram
youtube internet web election debate primary caucuses democrats republicans americans conservatives
liberals independents evangelicals muslims christians jews latinos hispanics blacks whites obamacare
medicare medicaid brexit super tuesday like unlike asked said says told added sen rep gov mr mrs ms dr
let let's please thank sorry ok okay wow hey hi hello every any such again never ever always does did do is
was are were has have had can could will would should might must asked speaking following read watch
listen click follow see reach contact sign join subscribe related editor's note update until unless
whether whatever whenever wherever against among amid toward towards through throughout across beyond behind
between within around`);

/** Plural pronoun/descriptor heads that can stand for an organisation or group. */
export const PLURAL_HEADS = words(`officials aides advisers advisors sources people analysts experts
critics supporters voters members lawmakers leaders diplomats observers residents witnesses
spokespeople staffers democrats republicans authorities investigators police prosecutors protesters
organizers`);

const MALE = `aaron adam al alan albert alex alexander alexei andrew andy anthony antonio ari arnold ben benjamin bernie
bill billy bob bobby brad brandon brian bruce bryan carl carlos charles charlie chris christopher chuck
clarence corey craig dan daniel danny darrell dave david dennis dick don donald doug douglas earl ed eddie
edward eric evan frank fred gary george gerald glenn greg gregory harry henry howard hugh ian jack jacob
jake james jason jeb jeff jeffrey jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph
josh juan justin keith ken kenneth kevin kurt larry leon lindsey lou louis luis marco mark martin matt
matthew michael mike mitch mitt nathan neil newt nick nicholas paul pete peter phil philip ralph rand randy
ray reince richard rick rob robert robby rod roger ron ronald roy rudy russ russell ryan sam samuel scott
sean sergei sergey stephen steve steven stuart ted terry thomas tim timothy todd tom tommy tony travis
trey troy vladimir volodymyr walter wayne will william yuri zach barack hosni bashar benjamin bibi recep
tayyip emmanuel francois angela xi shinzo narendra nigel boris jean pierre jacques ahmed mohammed
muhammad omar hassan ali abdullah kim moon vicente enrique felipe gustavo andres lou corey reince sean
kellyanne jared eric hunter beau chuck harry mitch orrin lamar rob marco ben john lindsey dana tucker
bret chris wolf jake anderson megyn edwin buzz`;

const FEMALE = `abby alice alicia amanda amy andrea angela ann anna anne barbara becky beth betsy betty bonnie brenda
carla carly carol caroline catherine cathy cheryl christina christine cindy claire claudia dana debbie
deborah diane donna doris dorothy elaine elena elisabeth elizabeth ellen emily emma erin eva evelyn frances
gabrielle gina gloria grace hannah heather heidi helen hillary holly hope ivanka jackie janet janice jean
jeanne jennifer jessica jill joan joanne jodi joni joy joyce judith judy julia julie karen kate katherine
kathleen kathy katie kay kelly kellyanne kim kimberly kirsten kristen laura lauren linda lisa liz loretta
lori lynn madeleine maggie marcia margaret maria marie marsha martha mary megan megyn melania melissa
michelle michele mika monica nancy nicole nikki nina olivia pam pamela patricia patty paula peggy penny
rachel rebecca rita robin rosa rose ruth sally samantha sandra sara sarah sharon shirley stephanie susan
susana suzanne tammy teresa theresa tina tulsi valerie victoria virginia wendy marine
angela theresa hillary chelsea huma donna debbie jill amy elizabeth kamala tammy maxine nancy condoleezza
condi`;

export const MALE_NAMES = words(MALE);
export const FEMALE_NAMES = words(FEMALE);

/** Gendered role words. */
export const MALE_ROLES = words('mr spokesman congressman chairman businessman king prince father husband son brother sir');
export const FEMALE_ROLES = words('mrs ms miss spokeswoman congresswoman chairwoman businesswoman queen princess mother wife daughter sister lady madam');

/** Words that may sit inside a name ("Bashar al-Assad", "Charles de Gaulle"). */
export const NAME_CONNECTORS = words('de del della der van von bin al da di du la le ibn st.');

/** Generational suffixes after a surname. */
export const NAME_SUFFIXES = words('jr jr. sr sr. ii iii iv');

/** Nationality and group adjectives: "one European diplomat" names no person called European. */
export const NATIONALITIES = words(`european american russian ukrainian turkish british french german chinese israeli
iranian syrian mexican canadian japanese korean indian iraqi afghan pakistani saudi egyptian palestinian
african asian latin arab muslim christian jewish republican democratic democrat western eastern northern
southern polish italian spanish greek cuban brazilian venezuelan qatari emirati jordanian lebanese libyan
yemeni nigerian kenyan australian dutch belgian swedish norwegian danish finnish irish scottish welsh
english hispanic latino catholic evangelical conservative liberal progressive independent kurdish
ukrainians russians americans europeans israelis palestinians iranians syrians iraqis afghans mexicans
british turks kurds arabs gop islamic`);

/** Titles that make a lone surname a person ("Sen. Cruz", "President Obama"), unlike "Republican National". */
export const PERSON_TITLES = words(`president minister secretary sen senator rep representative gov governor mayor mr
mrs ms miss dr gen general lt col adm sgt capt judge justice chief speaker ambassador chairman chairwoman
director spokesman spokeswoman spokesperson candidate nominee hopeful pope king queen prince princess
sheikh rabbi rev reverend father bishop cardinal professor prof commissioner sheriff detective officer
congressman congresswoman lawmaker leader adviser advisor manager strategist host anchor`);
