// The user-timing name of each timed export of Arbor on the bench page, so a trace of the
// export measure shows which stretch was Arbor's export and which was the floor's work.
export const EXPORT_MEASURE = 'arbor export';
