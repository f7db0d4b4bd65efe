// The wording the scorecard looks for where no rule applies: whether an
// assessment states its assumptions, weighs alternatives and says how a
// judgment changed. These are signs that a reader would look for, not proof;
// the scorecard shows the sentences so that the reader can judge them.

/** Stated assumptions: "we assume", "our judgment rests on", "key assumption". */
export const assumptionWording =
  /\b(?:we (?:assume|presume)|assum(?:es?|ing|ptions?)|presum(?:es?|ing|ption)|(?:rests?|hinges?|depends?|relies?) on (?:the|our|an?) (?:view|belief|premise|assumption|expectation)|premised? on|on the premise)\b/i;

/** Alternatives weighed: "alternatively", "another explanation", "we cannot rule out". */
export const alternativeWording =
  /\b(?:alternative(?:ly|s)?|another (?:explanation|reading|possibility|interpretation|scenario)|other (?:explanations?|possibilit(?:y|ies)|interpretations?|scenarios?)|competing (?:hypothes[ie]s|explanations?)|(?:cannot|can't|do not|don't) rule out|on the other hand|it is also possible|less likely (?:explanation|scenario)|if instead|scenarios?)\b/i;

/** A change from, or consistency with, an earlier judgment: "we previously assessed", "we now assess". */
export const changeWording =
  /\b(?:(?:we|our) (?:previously|earlier|last|had)(?: \w+)? (?:assessed|judged|assessment|judgment)|previous(?:ly)? (?:assessed|judged|assessment|judgment)|earlier (?:assessment|judgment)|we now (?:assess|judge)|(?:revis(?:e|es|ed|ing)|chang(?:e|es|ed)|updat(?:e|es|ed)|rais(?:e|es|ed)|lower(?:s|ed)?) (?:our|this|the|its) (?:assessment|judgment|confidence|estimate)|consistent with (?:our|the) (?:previous|earlier|prior|last)|(?:remains?|is) unchanged|since our (?:last|previous|earlier))\b/i;
