/**
 * The story's words. Editors change text here, not in components. Facts carry a
 * citation key from data/sources.csv in [[double brackets]] (rendered as footnote marks).
 */
export const meta = {
	headline: 'The missiles that went quietly',
	standfirst:
		'To end the Cuban Missile Crisis, Robert Kennedy gave the Soviet ambassador a private promise: the American missiles in Turkey would go. Within six months every Jupiter missile in Turkey and Italy had been taken down and replaced by submarines at sea, and the few men who knew kept the bargain secret for a quarter of a century.',
	byline: 'The graphics desk',
	published: '2026-11-24',
	description:
		'How the United States secretly kept its side of the bargain that ended the Cuban Missile Crisis, told with sourced data on the men who knew, the missiles and the submarines.'
};

export const opening = [
	'On the evening of 27 October 1962, with Soviet missiles still in Cuba and American forces ready to strike, Attorney General Robert Kennedy met Anatoly Dobrynin, the Soviet ambassador, at the Justice Department in Washington. He told him the United States would not trade its missiles in Turkey in public. But it would take them out, within four or five months, as long as the Soviet side never spoke of it.',
	'The next morning Nikita Khrushchev announced that the missiles in Cuba would be dismantled. What followed in Rome, Ankara and at NATO was an endgame played in near silence: fifteen Jupiter missiles in Turkey and thirty in Italy came down, Polaris submarines took their place in the Mediterranean, and the officials who knew the reason denied, for years, that there had been any deal at all.'
];
