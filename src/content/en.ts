/** The story's words in English. Citations are [[source-id]] (data/sources.csv); they become numbered notes. */
import type { StoryWords } from './story';

export default {
	meta: {
		headline: 'The missiles that went quietly',
		standfirst:
			'To end the Cuban Missile Crisis, Robert Kennedy gave the Soviet ambassador a private promise: the American missiles in Turkey would go. Within six months the Jupiters in Turkey had come down and those in Italy were being taken out of service, submarines had taken their place at sea, and the few men who knew why did not fully acknowledge the bargain until 1989.',
		byline: 'The graphics desk',
		description:
			'How the United States secretly kept its side of the bargain that ended the Cuban Missile Crisis, told with sourced data on the men who knew, the missiles and the submarines.'
	},
	opening: [
		'On the evening of Saturday 27 October 1962, with Soviet missiles still in Cuba and American forces ready to strike, Attorney General Robert Kennedy received Anatoly Dobrynin, the Soviet ambassador, in his office at the Justice Department.[[frus-1961-63-v11-d96]]',
		'What was agreed there was not fully admitted for decades. This is the story of how the promise was kept: how fifteen Jupiter missiles in western Turkey came down and thirty in southern Italy were taken out of service in an operation planned from 1 April 1963, why submarines took their place, and how long it took the men who knew to admit what had been agreed.[[mcnamara-1963-note-last-jupiter]][[rome-embassy-1963-tel1890]][[embassy-rome-1963-a1368]]'
	],
	sections: {
		promise: 'A promise made in private',
		jupiters: 'Forty-five missiles',
		polaris: 'The submarine answer',
		diplomacy: 'Telling the allies, but not everything',
		removal: 'Coming down',
		silence: 'How the secret came out',
		gaps: 'What the record still hides'
	},
	timelineLabels: {
		'rfk-dobrynin-meeting': 'The assurance',
		'nato-paris-ministerial': 'NATO in Paris',
		'mcnamara-sancar-paris': 'Sancar warned',
		'palm-beach-rusk-finletter': 'Palm Beach decision',
		'fanfani-washington-talks': 'Fanfani visit',
		'italy-exchange-of-notes': 'Italy signs',
		'turkey-exchange-of-notes': 'Turkey signs',
		'polaris-saceur-patrols-begin': 'Polaris patrols begin',
		'sam-houston-izmir-visit': 'Polaris sub at İzmir',
		'last-jupiter-out-italy': 'Italy: made inoperable',
		'pot-pie-i-start-italy': 'Dismantling begins',
		'last-jupiter-down-turkey': 'Last missile down',
		'tyler-memo-keen-interest': 'Memo to Rusk',
		'andreotti-graphic-step-backward': 'Andreotti’s reaction',
		'kissinger-rome-report': 'Kissinger’s report',
		'turkey-accepts-in-principle': 'Accepts in principle',
		'deptel-1250-no-deal-line': 'Guidance to Rome',
		'congress-no-deal-testimony': 'Testimony to Congress',
		'pot-pie-ii-start-turkey': 'Turkey begins',
		'mcnamara-note-last-warhead': 'McNamara’s note'
	},
	steps: {
		'the-offer': {
			text: 'Kennedy told Dobrynin there could be no quid pro quo for the missiles in Turkey. But, by his own account to Secretary of State Dean Rusk, he added that if some time passed the matter could be settled, and, on Rusk’s instructions, he mentioned four or five months. Dobrynin’s cable to Moscow gives the same time frame.[[frus-1961-63-v11-d96]][[dobrynin-1962-cable-oct27]][[hershberg-1995-anatomy]]',
			alt: 'The lifespans chart: nine horizontal lines, one for each official who knew, from birth to death. Robert F. Kennedy, who met Dobrynin, and Dean Rusk, on whose instructions he named four or five months, are marked.'
		},
		'the-condition': {
			text: 'The condition was silence. Dobrynin cabled that, according to Robert Kennedy, the President saw no insurmountable difficulty over Turkey; the greatest difficulty would be any public discussion of it.[[dobrynin-1962-cable-oct27]] The next morning Nikita Khrushchev announced, in a message broadcast by Moscow radio, that the Soviet missiles would leave Cuba; it did not mention Turkey at all.[[khrushchev-1962-oct28-broadcast]][[cia-1962-kennedy-reply-broadcast]] He told Kennedy privately that day that he had left it out because of the wish Robert Kennedy had conveyed.[[frus-1961-63-v06-d70]]',
			alt: 'The lifespans chart: nine life lines, with the part of each from October 1962 in red. John F. Kennedy and Robert F. Kennedy, the brothers whose word the promise was, are marked.'
		},
		'the-letter': {
			text: 'Khrushchev tried to put the understanding in writing. On 29 October Dobrynin handed Robert Kennedy a confidential letter that mentioned it; the next day Kennedy gave it back. The promise would be kept, he said, but only by word of mouth.[[dobrynin-1962-tel-oct30]][[kornbluh-2023-mondediplo]]',
			alt: 'The lifespans chart: nine life lines. Robert F. Kennedy, who handed Khrushchev’s letter back, is marked.'
		},
		'nine-men': {
			text: 'According to the historians William Burr and Leopoldo Nuti, only nine U.S. officials knew of the deal at the time: the President; his brother; McGeorge Bundy; Dean Rusk; Robert McNamara and his deputy Roswell Gilpatric; Llewellyn Thompson; George Ball; and Theodore Sorensen.[[burr-nuti-2023-endgame]] The record corrects two common descriptions. Ball was Under Secretary of State, not deputy secretary, a post created only in 1972; Thompson was Ambassador at Large, having left his Moscow post that July.[[ohd-2014-under-secretary]][[ohd-pocom-deputy-secretary]][[ohd-pocom-ambassador-at-large]][[wikipedia-thompson]]',
			alt: 'The lifespans chart: the nine officials, sorted by date of death, with their years of birth and death. George W. Ball and Llewellyn Thompson, whose titles the record corrects, are marked.'
		},
		'jupiters-where': {
			text: 'The missiles were Jupiters, intermediate-range ballistic missiles. Thirty were spread over ten launch positions of three on the Murge plateau of Apulia and Basilicata, run by Italy’s 36th Strategic Interdiction Air Brigade from Gioia del Colle.[[wikipedia-it-36-aerobrigata]][[marescotti-2019-basi-jupiter]][[castoro-2008-murgia]]',
			alt: 'A map of the ten Jupiter launch positions in southern Italy, with their headquarters, Gioia del Colle air base, marked.'
		},
		'jupiters-turkey': {
			text: 'Fifteen more stood in five positions in the İzmir area, supported from Çiğli air base. No official source we found gives their exact sites (a US Air Force history says only that Çiğli “housed” them), so our data places them only in the İzmir area; one local report puts a site near Aliağa, to the north.[[burr-nuti-2023-endgame]][[incirlik-rsds]][[hlswilliwaw-iandc]][[aliagaekspres-2010-aliaga]]',
			alt: 'A map of western Turkey: the five Turkish Jupiter positions shown only as an area around İzmir, because their sites are unpublished, with Çiğli Air Base marked.'
		},
		'jupiters-range': {
			text: 'Each carried a W49 warhead of about 1.44 megatons over some 2,400 km.[[wikipedia-it-36-aerobrigata]][[globalsecurity-turkey-jupiter]][[luftfahrtlexikon-jupiter]] Khrushchev’s concern was mainly with the fifteen in Turkey. They were also, in McNamara’s view, obsolete and vulnerable.[[burr-nuti-2023-endgame]]',
			alt: 'The map zooms out to Europe: dashed rings of about 2,400 km around the Jupiter sites in Italy and Turkey reach Moscow, Kyiv and Volgograd.'
		},
		'polaris-idea': {
			text: 'The cover story was also a real argument. Instead of fixed missiles that a first strike could destroy, the alliance would get Polaris submarines patrolling the Mediterranean, hidden and hard to hit. That was how Washington would explain the withdrawal without admitting a bargain.[[burr-nuti-2023-endgame]] Kennedy told Fanfani that the Jupiter, like Britain’s Thor, was only a first-strike weapon, and a Joint Chiefs’ paper for use in NATO set the withdrawal of both against a growing American missile force.[[wilson-1963-kennedy-fanfani-memcon]][[jcs-1963-rationale-jupiter]]',
			alt: 'The map of the Mediterranean: the Jupiter sites in Italy and Turkey, the Polaris base at Holy Loch in Scotland, marked, and a patrol position marked as illustrative, since the boats could be anywhere in the sea.'
		},
		'polaris-range': {
			text: 'A Polaris A2 boat carried sixteen missiles with a range of roughly 2,300 to 2,800 km, by different accounts.[[aboutsubs-edison]][[rafmuseum-polaris]][[danfs-john-marshall]] That is a reach comparable to the Jupiter’s, from a launcher that could move and hide.[[luftfahrtlexikon-jupiter]]',
			alt: 'A dotted Polaris ring of about 2,800 km around an illustrative position in the Mediterranean, beside the dashed Jupiter rings of about 2,400 km.'
		},
		'keen-interest': {
			text: 'Kennedy pushed. State Department officials knew of the President’s “keen interest” in getting the Jupiters out, even as a 9 November memo to Rusk argued for delay.[[tyler-1962-irbm-memo]][[burr-nuti-2023-endgame]] After Christmas he asked McNamara at Palm Beach what was being done; the Joint Chiefs told commanders to plan for the missiles to go by 1 April 1963.[[wilson-1962-bundy-memo-summary]][[jcs-1962-tel-7947]]',
			alt: 'A timeline from October 1962 to July 1963 with lanes for Italy, Turkey, the United States and NATO, the Soviet Union and Britain, and below it the count of Jupiters standing in each country. The memo to Rusk of 9 November is marked.'
		},
		'paris-sancar': {
			text: 'In Paris in December, McNamara told Turkish Defence Minister İlhami Sancar that the Jupiters were obsolete and Polaris better. Sancar warned of a blow to Turkish “confidence” in the United States.[[mcnamara-1962-sancar-memcon]][[burr-nuti-2023-endgame]]',
			alt: 'The timeline zooms to the winter of 1962–63 and highlights two marks: NATO in Paris, the ministerial meeting of 13 to 15 December 1962, and Sancar warned, McNamara’s talk with the Turkish minister there.'
		},
		'palm-beach': {
			text: 'On 5 January 1963, at Palm Beach, Kennedy approved the State Department’s plan with Rusk and Thomas Finletter, his ambassador to NATO. Letters from McNamara went to Rome and Ankara the same day promising Polaris on station by 1 April.[[mcnamara-1962-sancar-memcon]][[burr-nuti-2023-endgame]]',
			alt: 'The timeline of the winter of 1962–63 marks the Palm Beach decision of 5 January 1963.'
		},
		'italy-fanfani': {
			text: 'Italy was the easier ally. Defence Minister Giulio Andreotti, Burr and Nuti write from Ambassador Frederick Reinhardt’s report, called the loss of the sites a “graphic step backward” for Italy’s nuclear role but accepted it.[[embassy-rome-1963-tel1327]][[burr-nuti-2023-endgame]] Prime Minister Amintore Fanfani came to Washington on 16 and 17 January; according to his diary, Kennedy and McNamara told him they had not negotiated the removal of the Italian bases with Moscow.[[fanfani-1963-diary-jan16]][[bundy-1963-memo-fanfani]] In February, meeting Deputy Defence Secretary Roswell Gilpatric in Rome, Fanfani said that Italy had given up the idea of arming the cruiser Garibaldi with Polaris.[[embassy-rome-1963-tel1612]]',
			alt: 'The timeline focuses on the Italy lane and highlights Andreotti’s reaction, reported on 9 January 1963, and the Fanfani visit to Washington, 16 and 17 January.'
		},
		'italy-suspicion': {
			text: 'Suspicion ran ahead of what the public had been told. Henry Kissinger, then a Harvard professor, reported after talks in Rome that “almost everyone” he met suspected an agreement with the Soviets.[[embassy-rome-1963-tel1411]][[burr-nuti-2023-endgame]] At his news conference of 24 January Kennedy said as little as possible about the Jupiters, as Fanfani had hoped he would.[[jfkl-1963-news-conference-47]][[embassy-rome-1963-tel1451]] Italy and the United States exchanged the notes that settled the removal on 22 March.[[embassy-rome-1963-a1368]]',
			alt: 'The timeline focuses on the Italy lane and highlights Kissinger’s report from Rome in January 1963 and the day Italy signs the exchange of notes, 22 March.'
		},
		'turkey-talks': {
			text: 'Turkey was harder. Its leaders accepted the change in principle on 18 January, Ambassador Raymond Hare cabled that day, but asked for two of the submarines under a Turkish commander and for Turkish crews to be trained for them, which Washington refused, and for more F-104G fighter-bombers sooner.[[frus-1961-63-v16-d388]][[nsa-1963-bowling-memo]][[burr-nuti-2023-endgame]] The exchange of notes with Ankara was complete only by 10 April.[[embassy-ankara-1963-april-tels]]',
			alt: 'The timeline focuses on the Turkey lane and highlights two marks: Turkey accepts in principle in January 1963, and Turkey signs, the exchange of notes reported complete on 10 April.'
		},
		denials: {
			text: 'The line was denial. The embassy in Rome was told to make no comment on any comparison with Cuba and, only if one was raised, to say the United States had absolutely refused any such comparison or deal.[[dos-1963-deptel1250]] On 25 January Rusk told a Senate subcommittee that the removal had no connection with the Cuban settlement: it was part of modernising NATO’s forces.[[sfrc-1963-cuban-developments]] McNamara too told Congress there had been no trade, Burr and Nuti write, though senators such as John Stennis were not convinced.[[burr-nuti-2023-endgame]]',
			alt: 'The timeline of the winter of 1962–63 highlights the Guidance to Rome, the State Department’s cable of 18 January 1963, and the Testimony to Congress early in 1963.'
		},
		'first-patrol': {
			text: 'In March 1963 USS Sam Houston sailed from Holy Loch in Scotland and became the first ballistic-missile submarine to enter the Mediterranean; the plan had her there by 28 March, and patrols under NATO’s supreme commander were to begin on 1 April.[[danfs-sam-houston]][[jcs-1963-withdrawal-polaris]][[embassy-rome-1963-a1368]] On 14 April she called at İzmir so that Turkish officials could see the weapon replacing theirs.[[embassy-ankara-1963-april-tels]]',
			alt: 'A schematic route of USS Sam Houston from Holy Loch in Scotland through the Strait of Gibraltar into the Mediterranean, ending at her port call at İzmir on 14 April 1963; Holy Loch and the Port of İzmir are marked.'
		},
		'pot-pie': {
			text: 'The dismantling was code-named Pot Pie. It was scheduled to begin in Italy on 1 April and in Turkey on 15 April, with as little publicity as possible; embassies were told to avoid any comparison with the Soviet withdrawal from Cuba.[[usaf-1963-pot-pie-plan]][[embassy-rome-1963-a1368]]',
			alt: 'The timeline zooms into April 1963 and highlights where dismantling begins in Italy, on 1 April, and where Turkey begins, on 15 April.'
		},
		'last-missile': {
			text: 'On 25 April McNamara sent Kennedy a note: the last Jupiter in Turkey had come down the day before, and the last Jupiter warhead would be flown out of Turkey that Saturday, 27 April.[[mcnamara-1963-note-last-jupiter]] In Italy the 25 days that began on 1 April were to take the warheads, nose cones and guidance out of the country and lay the thirty missiles flat; salvaging the hulls could take six to eight months.[[rome-embassy-1963-tel1890]] The last missile in Turkey came down five months and 28 days after the night at the Justice Department, a little beyond the four or five months Robert Kennedy had mentioned, but the promise was kept.[[frus-1961-63-v11-d96]][[mcnamara-1963-note-last-jupiter]]',
			alt: 'The timeline of April 1963 highlights the last missile down in Turkey, on 24 April, and McNamara’s note of 25 April; below, the count of missiles standing in each country falls to zero.'
		},
		'sites-empty': {
			text: 'By late April the Jupiters around İzmir were down, and those at the ten positions in Apulia and Basilicata were to have been made inoperable, their hulls left for salvage; Italy’s Jupiter brigade was disbanded on 1 July.[[mcnamara-1963-note-last-jupiter]][[rome-embassy-1963-tel1890]][[wikipedia-it-36-aerobrigata]] What took their place could not be pinned on a map: Polaris submarines assigned to NATO’s supreme commander, somewhere in the Mediterranean.[[embassy-rome-1963-a1368]]',
			alt: 'The map of Italy and Turkey with every Jupiter site struck through and the Turkish area greyed: the Turkish missiles down and the Italian ones due to be made inoperable, April 1963. Only the illustrative Polaris position remains, at sea.'
		},
		'silence-begins': {
			text: 'Then the silence. Of the nine men, John F. Kennedy was killed that November, Robert Kennedy in June 1968 and Llewellyn Thompson died in 1972. None of them is known to have acknowledged a deal in his lifetime, though Robert Kennedy’s memoir, published after his death, described the assurance.[[arlington-jfk]][[millercenter-rfk]][[wikipedia-thompson]][[rfk-1969-thirteen-days-excerpt]]',
			alt: 'The lifespans chart zooms to 1958–1992. John F. Kennedy, Robert F. Kennedy and Llewellyn Thompson, whose lines end by 1972, are marked.'
		},
		'thirteen-days': {
			text: 'Robert Kennedy’s own memoir, Thirteen Days, appeared after his death, in McCall’s in November 1968 and as a book in 1969.[[time-1968-bobbys-view]][[nyt-1969-thirteen-days-review]] It said he had told Dobrynin there could be no quid pro quo, and that the missiles would be gone soon after the crisis. Twenty years later, by the account of Robert Kennedy’s biographer Larry Tye, Sorensen, who edited it, said he had cut its plainer reference to the deal.[[rfk-1969-thirteen-days-excerpt]][[tye-undated-rfk-biography]]',
			alt: 'The lifespans chart marks November 1968, when Thirteen Days appeared: seven of the nine men were alive. Robert F. Kennedy, its author, and Theodore Sorensen, who edited it, are marked.'
		},
		schlesinger: {
			text: 'Historians chipped at the story. Arthur Schlesinger Jr.’s 1978 biography, Robert Kennedy and His Times, is among the works later historians cite on the assurance.[[trachtenberg-constructed-peace-notes]][[dobbs-2008-one-minute]]',
			alt: 'The lifespans chart marks 1978: six of the nine men were alive.'
		},
		'time-1982': {
			text: 'In September 1982, for the twentieth anniversary, six of them, Rusk, McNamara, Ball, Gilpatric, Sorensen and Bundy, signed a joint essay in Time on the lessons of the crisis. Its eighth point referred to a secret assurance on the missiles in Turkey: the first time they acknowledged it together, twenty years on, though not yet as a deal.[[time-1982-lessons]][[cia-1982-crest-time-copy]][[burr-nuti-2023-endgame]]',
			alt: 'The lifespans chart marks September 1982. The six surviving officials who signed the Time essay are marked: Dean Rusk, Robert McNamara, George W. Ball, Roswell Gilpatric, Theodore Sorensen and McGeorge Bundy.'
		},
		'hawks-cay': {
			text: 'In March 1987, at a conference at Hawk’s Cay in Florida, Bundy read out a letter from Rusk: Kennedy had had him dictate a fallback, a statement for the UN’s U Thant proposing that both the Jupiters and the Cuban missiles be removed, which Andrew Cordier was to pass on only on a further signal. It was never used.[[frus-1961-63-v11-d99]][[pw-1989-on-the-brink]] The letter reached print that August, in an article for The New York Times Magazine; in October a second meeting, at Harvard, brought Soviet participants to the table.[[nyt-1987-rusk-cordier-tribune]][[csmonitor-1987-cambridge]]',
			alt: 'The lifespans chart marks March 1987, when the six survivors were all alive. McGeorge Bundy, who read the letter out, and Dean Rusk, who wrote it, are marked.'
		},
		'danger-and-survival': {
			text: 'In 1988 Bundy published Danger and Survival, his history of the nuclear age, which historians cite with Thirteen Days and Schlesinger for the deal.[[independent-1996-bundy-obit]][[trachtenberg-constructed-peace-notes]]',
			alt: 'The lifespans chart marks 1988. McGeorge Bundy, its author, is marked.'
		},
		'moscow-1989': {
			text: 'In January 1989 American, Soviet and Cuban veterans of the crisis met in Moscow.[[latimes-1989-moscow]][[chicagotribune-1989-moscow]] There, Burr and Nuti write, Dobrynin described the meeting of 27 October; by Larry Tye’s account, Sorensen admitted he had edited the deal out of Thirteen Days.[[burr-nuti-2023-endgame]][[tye-undated-rfk-biography]]',
			alt: 'The lifespans chart marks January 1989, when the deal was described in detail at the Moscow conference. Theodore Sorensen, who admitted his cut there, is marked.'
		},
		'who-was-left': {
			text: 'Six of the nine lived to see it: Rusk and Ball, both 79; Gilpatric, 82; McNamara, 72; Bundy, 69; and Sorensen, 60. Twenty-six years and three months had passed.[[worldbook-rusk]][[britannica-ball]][[dod-history-gilpatric]][[worldbook-mcnamara]][[aca-1996-bundy]][[ap-2010-sorensen-obit-newsmax]][[latimes-1989-moscow]]',
			alt: 'The lifespans chart at January 1989 with the age of each man then alive. The six survivors are marked: Dean Rusk, George W. Ball, Roswell Gilpatric, Robert McNamara, McGeorge Bundy and Theodore Sorensen.'
		},
		'still-hidden': {
			text: 'Sixty years on, when Burr and Nuti wrote in 2023, much was still closed. Defence Department records on the Jupiters were not available, dozens of State Department documents had been withdrawn from the files, and many had been reclassified around 2001.[[burr-nuti-2023-endgame]] No official source we found gives the exact Turkish launch sites, the text of the Turkish exchange of notes is still classified, and the day the Italian Jupiters were made inoperable is not in the record we could find.[[burr-nuti-2023-sealing-deal]][[embassy-ankara-1963-april-tels]]',
			alt: 'The lifespans chart at January 1989, with no man marked: the records this step describes are not drawn.'
		}
	}
} satisfies StoryWords;
