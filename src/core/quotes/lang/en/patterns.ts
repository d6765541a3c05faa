/** Regexes of the English clause grammar (cues.ts, subjects.ts, nominals.ts), each named for what it matches. */

// Made once, at module level (a literal in a function body is compiled again after garbage collections).
export const REGEXPS = {
  /** A body's noun ("ministry", "headquarters"), the last word of a body's name or of a noun phrase for one. */
  bodyNoun: /^(?:ministry|agency|office|company|firm|group|airline|carrier|bank|court|committee|commission|party|service|network|newspaper|channel|regulator|watchdog|prosecutors|government|administration|organization|organisation|foundation|fund|union|council|department|embassy|federation|association|authority|operator|club|league|headquarters)$/i,
  onlyBlanks: /^[\s\u00a0]+$/,
  clauseWord: /^(?:and|or|but|that|who|which|to|of|said)$/,
  stateAbbreviation: /^(?:[A-Z][a-z]{1,3}|[A-Z]\.[A-Z]\.?)$/,
  /** "of Springfield", "retired in Cambridge", "from Ohio": a name governed by a preposition of place. */
  placePrepositionBefore: /\b(?:of|in|from|near)[\s\u00a0]+$/,
  blank: /[\s\u00a0]/,
  clauseBreak: /["¶;:]/,
  blanksOrNothing: /^[\s\u00a0]*$/,
  articleBefore: /^(?:the|a|an)[\s\u00a0]+$/i,
  lowerDescription: /^(?:the\s+|a\s+|an\s+)?\p{Ll}/u,
  leadingArticle: /^(?:the|a|an)\s+/,
  lyAdverb: /^[a-z]{3,}ly$/,
  capitalsWord: /^\p{Lu}{4,}$/u,
  ownerPreposition: /(?:^|[\s\u00a0])(?:of|at|from|with)[\s\u00a0]+(?:the[\s\u00a0]+)?$/,
  /** A preposition that makes a name the complement of a role ("director for the Iowa Democratic Party"). */
  roleGovernor: /(?:^|[\s\u00a0])(?:of|for|at|with)[\s\u00a0]+(?:(?:the|its|his|her|their|our)[\s\u00a0]+)?$/i,
  /** ", the communications director for ", ", who is chairman of ": a role aside in lower case, no stop inside. */
  openAside: /^,[\s\u00a0]+(?:the[\s\u00a0]+|a[\s\u00a0]+|an[\s\u00a0]+|who[\s\u00a0]+(?:is|was)[\s\u00a0]+)?\p{Ll}[^,.;:!?"“”()]*$/u,
  ownerPrepositionBare: /(?:^|[\s\u00a0])(?:of|at|from|with)[\s\u00a0]+$/,
  /** Nouns for a person that a body after "of", "at", "from" qualifies ("a lawyer from X", "the head of X"). */
  personNoun: /^(?:head|chief|director|executive|manager|lawyer|attorney|spokes(?:man|woman|person)|official|member|representative|analyst|economist|expert|researcher|professor|employee|worker|doctor|teacher|adviser|advisor|aide|source|officer|activist|volunteer|resident|student|chairman|chairwoman|president|founder|editor|correspondent|leader|deputy|secretary|engineer|scientist|nurse|surgeon|journalist|reporter|commander|soldier)$/,
  /** Prepositions that make the noun phrase after them an adverbial, never a subject ("in a video posted …"). */
  /** An aside opening on an article: ", a 15-year-old girl", ", the company's founder". */
  articleAside: /^,[\s\u00a0]+(?:a|an|the)[\s\u00a0]/i,
  /** What may stand between a sentence's start and the noun phrase opening it: blanks (group 1), then "One of",
   *  "Some of" (kept in the subject). */
  partitiveLead: /^([\s\u00a0"“]*)(?:(?:One|Some|Several|Two|Three|Four|Many|Most|Each|None|Neither|Either|All|A few|A number)[\s\u00a0]+of[\s\u00a0]+)?$/,
  /** The subject of a relative clause with no relative word: "(a diplomat) I spoke to", "(the official) we met". */
  contactPronoun: /^(?:I|we|they|he|she)$/,
  /** A lower-case word that may end a noun phrase: not a verb's past, an article, a preposition or a conjunction. */
  lowerNoun: /^(?!(?:the|a|an|and|or|but|of|to|in|on|at|for|with|by|from|that|as|than|when|if|because|so|said|told)$)\p{Ll}[\p{Ll}-]*$/u,
  governingPreposition: /(?:^|[\s\u00a0])(?:in|on|into|during|under|over|through|via|by)[\s\u00a0]+$/i,
  leadingBlank: /^[\s\u00a0]/,
  clauseEndMark: /[.;:"¶]/,
  nonBlank: /[^\s\u00a0]/,
  lowerWord: /^[a-z-]+$/,
  functionWord: /^(?:in|on|at|to|from|for|of|with|during|after|before|about|last|this|that|and|or|but|who|which|told|said|says|is|was|as|while|when)$/,
  trailingCommaBlanks: /[\s,]+$/,
  leadingArticleAnyCase: /^(?:the|a|an)\s+/i,
  lowerWordOrNumber: /^(?:[a-z][a-z-]*|\d+)$/,
  blanksOrOpenMarks: /^[\s\u00a0"“]*$/,
  commaOrLowerNext: /^(?:[\s\u00a0]*,|[\s\u00a0]+\p{Ll})/u,
  nextWord: /^[\s\u00a0]+(\p{Ll}+)/u,
  /** After a sentence's first capitalised word, words of time that show it opens a phrase ("Hours later, …"). */
  timeAfter: /^(?:later|earlier|since|ago)$/,
  sOrEdEnd: /(?:s|ed)$/,
  datelineAfter: /^(?:,[^—–]{0,20})?[\s\u00a0]*(?:\([^)]{1,12}\)[\s\u00a0]*)?[—–-]/,
  auxiliaryVerb: /^(?:has|had|have|was|were|is|are|be|been|would|will|could|might|may|can|did|does|do|not|never)$/,
  pluralEnd: /s$/,
  /** Auxiliaries, adverbs and irregular past tenses that may follow a subject noun phrase. */
  auxiliary: /^(?:has|had|was|were|is|are|will|would|also|then|began|took|made|went|came|sought|spoke|gave|left|kept|held|told|said|put|set|led|won|lost|met|ran|saw|felt|thought|brought|stood|sent|built|paid|wrote|drew|grew|knew|threw|chose|broke|did)$/,
  adverbAside: /^,[\s\u00a0]*(\p{L}+)[\s\u00a0]*,?$/u,
  /** An aside that is a participle, relative or adverbial clause, not an appositive: " speaking on condition of
   *  anonymity", " when I finally reached him", " while loading the van". */
  clauseAside: /^[\s\u00a0]*(?:[a-z]{3,}ing|who|which|whose|when|while|after|before|as|although|though|if|once|since|because|until|whenever)\b/,
  /** "speaking to", "talking to the": a participle whose object is an outlet or a listener. */
  participleTo: /(?:^|[\s\u00a0])[a-z]+ing[\s\u00a0]+to[\s\u00a0]+(?:the[\s\u00a0]+)?$/,
  /** "the 46-year-old": an age that stands for a person. */
  ageNoun: /^\d{1,3}-year-old$/,
  /** The clause ends right after a verb, or after its particle: "read.", "shot back,". */
  clauseEndAfterVerb: /^(?:[\s\u00a0]+(?:back|on|up|out|in))?[.,;!?]/,
  /** The ending of a nationality or party adjective ("American", "Chinese", "British", "Democratic", "Iraqi"). */
  nationalityEnding: /(?:an|ese|ish|ic|i)$/,
  participleEnding: /(?:ed|ing)$/,
  edEnding: /ed$/,
  inBefore: /[\s\u00a0]in[\s\u00a0]+$/,
  preposition: /^(?:of|in|for|with|to|by|from|at|on|into|about|through|over|under|as|than)$/,
  /** Verbs whose next words are whom they act on, never an inverted subject: "…, accused the party of …". */
  objectVerb: /^(?:accus|urg|warn|press|beg|prais|critici[sz]|blam|thank|remind|assur|tel|told|ask|call|invit|implor)/,
  lowerWordsThenCapital: /^[\s\u00a0]+((?:\p{Ll}[\p{Ll}-]*[\s\u00a0]+){1,4})(?=\p{Lu})/u,
  roleNounAtEnd: /(?:^|\s)(?:chief|head|spokesman|spokeswoman|spokesperson|minister|leader|director|chairman|official|president|envoy|ambassador|commissioner|secretary|adviser|aide|activist|analyst|expert|lawyer|journalist|blogger|economist|politician|scientist|coach|producer|actor|actress|singer|writer|editor|founder|governor|mayor|deputy|lawmaker|prosecutor|judge|general|commander)\s+$/,
  partyTag: /^[\s\u00a0]*\([^()]{1,24}\)/,
  /** " on Wednesday", " last week": a time between a subject and its verb. */
  timeAside: /^[\s\u00a0]+(?:on|last|this|early|late)[\s\u00a0]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|evening)(?=[\s\u00a0])/,
  /** "The " opening the sentence: a body's name may follow ("The Kremlin said"). */
  theAtStart: /^[\s\u00a0"“]*(?:The|the)[\s\u00a0]+$/,
  startsLower: /^[a-z]/,
  notAVerb: /^(?:of|in|for|with|to|by|from|at|on|and|or|who|which|that)$/,
  prepositionOrArticleBefore: /(?:^|\s)(?:of|in|for|with|to|by|from|at|on|the|a|an)\s+$/i,
  blanksOrOpeningMarks: /^[\s\u00a0"“«]*$/,
  /** A modal, "to" or a negation before a verb of saying: "would respond", "declined to comment", "did not comment". */
  modalBefore: /^(?:would|will|could|should|might|must|can|cannot|to|not|never|[a-z]+n['’]t)$/i,
  /** A finite auxiliary, in lower case: after it a verb of saying is never the verb of its clause ("states were"). */
  finiteAuxiliary: /^(?:was|were|are|is|has|have|had|will|would|could|should|might|must|can|did|does)$/,
  /** A determiner opening a noun phrase, in lower case. */
  determiner: /^(?:the|these|those|its|their|our|all|some|many|other|both)$/,
  /** "quoted", "cited": a relay's verb whose object is the speaker ("TASS quoted X as saying"). */
  /** A passive's auxiliary right before a participle: "was described", "were quoted". */
  passiveAuxiliary: /^(?:was|were|been|being|is|are)$/,
  relayVerb: /^(?:quoted|quotes|quoting|cited|cites|citing)$/,
  rightAfterQuote: /["¶][\s\u00a0,—–-]*$/,
  asOrSoBefore: /(?:^|[\s,])(?:as|so)[\s\u00a0]*$/i,
  commaBefore: /,[\s\u00a0]*$/,
  tellVerb: /^tel/,
  capitalised: /^\p{Lu}/u,
  openEnd: /[,?!—–-]/,
  ingEnding: /ing$/,
  commaGap: /^,[\s\u00a0]+$/,
  /** "the ministry's": a lower-case possessive, a determiner of what follows. */
  lowerPossessive: /^(?!(?:it|that|this|there|here|what|who|he|she|where|when|how|why|let)['’])[a-z-]+['’]s$/,
  /** What may follow a name closing a clause: its end, a comma, a bracket. */
  asideEnd: /^(?:$|[\s\u00a0]*[.,;:!?()]|[\s\u00a0]*$)/,
  roleNoun: /^(?:candidates?|front-?runners?|nominees?|leaders?|members?|officials?|lawmakers?|senators?)$/,
  /** Past tense or third person: "gushed", "implored", "fumes". */
  verbForm: /^[a-z]{3,}(?:ed|s)$/,
  notVerbForm: /(?:ss|ous|ics|ness|less)$/,
  number: /^\d[\d,.]*$/,
};
