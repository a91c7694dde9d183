//! Table-driven tests of the tagger and resolver: one line per case,
//! `sentence | DCT | expression | TYPE VALUE`. The sentences are written for
//! these tests (wire-copy style); they cover the date logic of the seed
//! article (a Thursday dateline) and the anaphora and tense rules.

use chrono::NaiveDate;
use dateline::segment;
use dateline::temporal::Tagger;

const CASES: &str = "
# weekdays follow the tense of their clause; the DCT's own weekday is the DCT
Officials in Lisbon said Thursday that the deal was close. | 2025-04-17 | Thursday | DATE 2025-04-17
Thursday's summit in Vienna ended without a statement. | 2025-04-17 | Thursday | DATE 2025-04-17
The minister called Thursday for calm. | 2025-04-17 | Thursday | DATE 2025-04-17
A drone strike killed nine people in Kharkiv on Sunday. | 2025-04-17 | Sunday | DATE 2025-04-13
The mayor said on Monday she would resign. | 2025-04-17 | Monday | DATE 2025-04-14
The envoy is due in Geneva on Saturday for a third round of talks. | 2025-04-17 | Saturday | DATE 2025-04-19
The trade delegation will arrive in Seoul on Tuesday. | 2025-04-17 | Tuesday | DATE 2025-04-22
The hearing is scheduled for Friday. | 2025-04-17 | Friday | DATE 2025-04-18
The board plans to vote on Wednesday. | 2025-04-17 | Wednesday | DATE 2025-04-23
The summit is slated for Tuesday. | 2025-04-17 | Tuesday | DATE 2025-04-22
Police say the man died Friday. | 2025-04-17 | Friday | DATE 2025-04-11
Traders braced for the expiration of stock options Friday. | 2033-03-14 | Friday | DATE 2033-03-18
Deputy Chief Ray Summers takes over Monday. | 2001-06-29 | Monday | DATE 2001-07-02
On this track, landfall comes early Monday. | 2008-09-13 | early Monday | DATE 2008-09-15
Brokers said large accounts were waiting for Wednesday, when the bureau publishes its figures. | 1977-01-03 | Wednesday | DATE 1977-01-05
The crowd had been waiting for hours. | 1977-01-03 | hours | DURATION PTXH
It is strange to say, but Saturday really is my last shift. | 2001-06-29 | Saturday | DATE 2001-06-30
Today and Sunday are the two peak days. | 2019-11-27 | Sunday | DATE 2019-12-01
Flights for Wednesday were canceled. | 2011-02-01 | Wednesday | DATE 2011-01-26
The two leaders met last Saturday in Muscat. | 2025-04-17 | last Saturday | DATE 2025-04-12
The court sits again next Monday. | 2025-04-17 | next Monday | DATE 2025-04-21
They will meet next Thursday. | 2025-04-17 | next Thursday | DATE 2025-04-24
They met last Thursday. | 2025-04-17 | last Thursday | DATE 2025-04-10
# weeks, months, weekends around the DCT
Negotiators will gather in Oslo next week. | 2025-04-17 | next week | DATE 2025-W17
The president spoke with the envoy last week. | 2025-04-17 | last week | DATE 2025-W15
Kyiv accepted a truce plan last month. | 2025-04-17 | last month | DATE 2025-03
Fans praised last weekend's final. | 2025-04-17 | last weekend | DATE 2025-W15-WE
The law takes effect next month. | 2025-04-17 | next month | DATE 2025-05
Growth slowed this year. | 2025-04-17 | this year | DATE 2025
Exports fell last year. | 2025-04-17 | last year | DATE 2024
The ban was lifted three days ago. | 2025-04-17 | three days ago | DATE 2025-04-14
The plant closed two years ago. | 2025-04-17 | two years ago | DATE 2023
# a year in two digits after an apostrophe: the latest that ends so, up to ten years after the DCT
This is the worst one since the storm of '69. | 1976-01-21 | '69 | DATE 1969
# the hour just gone, or the first or final one of a stretch, is an hour long (not the last day of something)
Stocks swung through a 40-point range in the final hour of trading. | 2033-03-14 | the final hour | DURATION PT1H
The flames have died down in the last half hour. | 1983-10-20 | the last half hour | DURATION PT30M
# a season before or after, a season's or a morning's middle, a decade word with its edge, the week after next
The sponsor expects compliance to climb well before summer. | 1985-01-02 | summer | DATE 1985-SU
Millers said they would pass the cost on by midsummer. | 2027-06-01 | midsummer | DATE 2027-SU
Women did not ride the trucks until the late seventies. | 2001-06-29 | the late seventies | DATE 197
The board meets the week after next. | 2027-05-31 | the week after next | DATE 2027-W24
The report was pushed back a week. | 2049-01-04 | a week | DURATION P1W
The economy grew at an annual rate of 2.4 percent in the April-June quarter. | 2003-07-31 | the April-June quarter | DATE 2003-Q2
# for the year: a stretch when it ends on a day, else the year reported on
For the year ended Sept. 30, Ralston earned $1.8 billion. | 1989-11-02 | the year | DURATION P1Y
For the year, pet food volume was flat. | 1989-11-02 | the year | DATE 1989
The Calder Composite lost 1.2 percent, leaving it down 2.6 percent for the week. | 2049-01-08 | the week | DATE 2049-W01
For the year, the index lost 0.7 percent. | 2016-01-04 | the year | DATE 2015
The pad first launched a rocket back in '79. | 2046-03-09 | '79 | DATE 1979
# a decade or a century counted back or on lands on a year, as TimeBank and the project sets write it
The mill closed a decade ago. | 1999-03-12 | a decade ago | DATE 1989
The town was founded more than a century ago. | 1992-07-04 | more than a century ago | DATE 1892
The county may look different a decade from now. | 1988-10-31 | a decade from now | DATE 1998
The city grew over the past decade. | 1999-03-12 | the past decade | DURATION P10Y
The strike ended yesterday. | 2025-04-17 | yesterday | DATE 2025-04-16
Markets reopen tomorrow. | 2025-04-17 | tomorrow | DATE 2025-04-18
# years, months, dates
A tornado touched down on Thursday, June 13. | 2021-06-14 | Thursday, June 13 | DATE 2019-06-13
The airline said in June that fares would rise on July 1. | 1979-07-11 | July 1 | DATE 1979-07-01
Importers were told that containers landed by Dec. 15 would reach stores before Christmas. | 1974-12-23 | Dec. 15 | DATE 1974-12-15
Boxes landed by Jan. 15 would reach stores in February. | 1974-12-23 | Jan. 15 | DATE 1975-01-15
25 years ago, a tornado hit Wexley on Thursday, June 13. | 2021-06-14 | Thursday, June 13 | DATE 1996-06-13
The fair opened on Thursday, June 13. | 2024-06-20 | Thursday, June 13 | DATE 2024-06-13
He signed the treaty during his first term in 2018. | 2025-04-17 | 2018 | DATE 2018
The bridge opened on Sept. 5, 2024. | 2025-04-17 | Sept. 5, 2024 | DATE 2024-09-05
The bridge opened on April 2. | 2025-04-17 | April 2 | DATE 2025-04-02
The bridge will open on Dec. 1. | 2025-04-17 | Dec. 1 | DATE 2025-12-01
The bridge closed in March. | 2025-04-17 | March | DATE 2025-03
Prices peaked in March 2022. | 2025-04-17 | March 2022 | DATE 2022-03
Inflation soared in the 1970s. | 2025-04-17 | the 1970s | DATE 197
Profit rose in the third quarter. | 2025-04-17 | the third quarter | DATE 2024-Q3
Profit rose in the first quarter. | 2025-04-17 | the first quarter | DATE 2025-Q1
# durations
The envoy met the president for five hours in Moscow. | 2025-04-17 | five hours | DURATION PT5H
The ministers met for 45 minutes in Muscat. | 2025-04-17 | 45 minutes | DURATION PT45M
The project took twenty-five years. | 2025-04-17 | twenty-five years | DURATION P25Y
Talks have dragged on for several years. | 2025-04-17 | several years | DURATION PXY
Prices rose in the past three years. | 2025-04-17 | the past three years | DURATION P3Y
# sets and references
The ferry sails every Monday. | 2025-04-17 | every Monday | SET XXXX-WXX-1
The index is published daily. | 2025-04-17 | daily | SET P1D
Prices are now lower. | 2025-04-17 | now | DATE PRESENT_REF
Prices fell recently. | 2025-04-17 | recently | DATE PAST_REF
Prices may rise in the future. | 2025-04-17 | the future | DATE FUTURE_REF
# anaphora: resolved against the latest date the text mentioned
The plant opened on March 3, 2025, and closed the next day. | 2025-04-17 | the next day | DATE 2025-03-04
The plant opened on March 3, 2025, and closed two weeks later. | 2025-04-17 | two weeks later | DATE 2025-03-17
The plant opened in May 2020 and closed that month. | 2025-04-17 | that month | DATE 2020-05
The plant opened in 2019 and closed the same year. | 2025-04-17 | the same year | DATE 2019
The plant opened on March 3, 2025 and closed the following Monday. | 2025-04-17 | the following Monday | DATE 2025-03-10
# quarterly reports: the quarter in question is the most recent completed one the report names
Its best result since the third quarter of 1984 came in the third quarter; a year ago it lost money. | 1989-10-27 | a year ago | DATE 1988-Q3
Net rose in the third quarter. A fourth-quarter charge is expected. Costs were lower than a year ago. | 1989-11-02 | a year ago | DATE 1988-Q3
Net rose in the third quarter after a flat second quarter. The year-earlier period had charges. | 1989-11-01 | The year-earlier period | DATE 1988-Q3
Net rose in the third quarter after a flat second quarter. Costs were higher a year ago. | 1989-11-01 | a year ago | DATE 1988-Q3
Net rose in the third quarter. For the nine months, net fell from a year earlier. | 1989-11-01 | a year earlier | DATE 1988
Attendance this weekend rose from the same weekend a year earlier. | 2023-07-23 | a year earlier | DATE 2022-W29-WE
With the limit taking effect Jan. 1, the commissioners decided Friday. | 2045-09-30 | Jan. 1 | DATE 2046-01-01
The dividend is payable June 14. Shares rose after the results were released at 4:05 p.m. | 2047-04-30 | 4:05 p.m. | TIME 2047-04-30T16:05
Gasoline cost 4 cents more than a week earlier. | 2027-07-06 | a week earlier | DATE 2027-06-29
The strike went on for over a week. | 1998-03-01 | over a week | DURATION P1W
The theater will add a 9 p.m. screening Saturday. | 2033-09-09 | 9 p.m. | TIME 2033-09-10T21:00
Talks broke off at noon Monday and resumed at 6:05 p.m. the next day. | 2014-10-06 | 6:05 p.m. | TIME 2014-10-07T18:05
Talks broke off at noon Monday and resumed at 6:05 p.m. the next day. | 2014-10-06 | the next day | DATE 2014-10-07
The fire began at 10 p.m. Monday and was out at 6:50 a.m. the next day. | 2003-12-31 | 6:50 a.m. | TIME 2003-12-30T06:50
The fire began at 10 p.m. Monday and was out at 6:50 a.m. the next day. | 2003-12-31 | the next day | DATE 2003-12-30
# the verb before the expression weighs more than a participle after it
The airline will double its flights to Chile by August in its search for routes untouched by the slump. | 1998-02-13 | August | DATE 1998-08
The frigate has been at sea since March and is due home soon. | 1990-08-13 | March | DATE 1990-03
A four-member board was also created, effective Feb. 1. | 1989-10-26 | Feb. 1 | DATE 1990-02-01
# a year-less month far from the DCT with no tense cue is the past one
Its shares, at $29 in March, now sit at $42. | 1989-10-30 | March | DATE 1989-03
# a weekday after as early as / as soon as lies ahead
The father could arrive as early as Tuesday. | 2025-04-17 | Tuesday | DATE 2025-04-22
# clock times and parts of the day
The blast came at 10:35 a.m. | 2025-04-17 | 10:35 a.m. | TIME 2025-04-17T10:35
# a clock with no a.m. or p.m. takes the part of the day said with it (QA 45)
A fire broke out just after 3 o'clock this afternoon. | 1983-10-20 | 3 o'clock this afternoon | TIME 1983-10-20T15:00
The jury sent a note at 2:40 this afternoon. | 2027-07-13 | 2:40 this afternoon | TIME 2027-07-13T14:40
The plows have been out since about 9 o'clock last night. | 1976-01-21 | about 9 o'clock last night | TIME 1976-01-20T21:00
The trains left at 06:30 this morning. | 1976-01-21 | 06:30 this morning | TIME 1976-01-21T06:30
Officials closed the road at 6 this morning. | 2008-09-13 | 6 this morning | TIME 2008-09-13T06:00
We will have more on the fire at 11 tonight. | 1983-10-20 | 11 tonight | TIME 1983-10-20T23:00
We lost power at about 4 in the afternoon. | 2033-01-03 | about 4 in the afternoon | TIME 2033-01-03T16:00
# ... and a bare one goes on from the clock in question, within six hours, not back to the small hours
The first alarm came in at 3:07 p.m. By 3:30 a second alarm had been struck. | 1983-10-20 | 3:30 | TIME 1983-10-20T15:30
The mayday came at 11:52 this morning. A cutter reached the ferry at 1:45. | 2014-02-16 | 1:45 | TIME 2014-02-16T13:45
The update came at 3:59 p.m. in Cairo, 8:59 ET. | 2011-01-29 | 8:59 ET | TIME 2011-01-29T08:59
The minister spoke this morning. | 2025-04-17 | this morning | TIME 2025-04-17TMO
The river should crest late this afternoon. | 2003-05-23 | late this afternoon | TIME 2003-05-23TAF
Trains ran up to 40 minutes late this morning. | 1981-05-26 | this morning | TIME 1981-05-26TMO
The bus was late this morning. | 1981-05-26 | this morning | TIME 1981-05-26TMO
# hard cases (issue 3 follow-up): clock words before dates, years said after dates, reported speech, anaphora
The union said the walkout would begin at midnight on Saturday, April 26, and last 48 hours. | 2025-04-17 | midnight | TIME 2025-04-26T24:00
The union said the walkout would begin at midnight on Saturday, April 26, and last 48 hours. | 2025-04-17 | 48 hours | DURATION PT48H
Such storms usually last several days. | 2025-04-17 | several days | DURATION PXD
Hearings may last three weeks. | 2025-04-17 | three weeks | DURATION P3W
Bids close at noon on May 2. | 2025-04-17 | noon | TIME 2025-05-02T12:00
Polls close at 7:30 p.m. on Friday, May 2. | 2025-04-17 | 7:30 p.m. | TIME 2025-05-02T19:30
Candidates must register by March 31 next year. | 2025-04-17 | March 31 next year | DATE 2026-03-31
The budget runs through June 30 of next year. | 2025-04-17 | June 30 of next year | DATE 2026-06-30
The plant reopened on May 2 last year. | 2025-04-17 | May 2 last year | DATE 2024-05-02
A first round collapsed last month over the size of the summer releases. | 2025-04-17 | the summer | DATE 2025-SU
Talks will resume in the fall. | 2025-04-17 | the fall | DATE 2025-FA
The plant opened in March 2001 and closed in the fall of that year. | 2025-04-17 | the fall of that year | DATE 2001-FA
The spill will persist well into the fall. | 2010-06-01 | the fall | DATE 2010-FA
The minister said on Friday it would cut taxes. | 2025-04-17 | Friday | DATE 2025-04-11
The plant closed on March 3, 2025, and the deal came the day before. | 2025-04-17 | the day before | DATE 2025-03-02
The fire started on March 3, 2025. The next morning crews returned. | 2025-04-17 | The next morning | TIME 2025-03-04TMO
The alarm rang at 2:10 a.m. on Tuesday. Two hours later the roof fell. | 2025-04-17 | Two hours later | TIME 2025-04-15T04:10
The count began on Nov. 5, 1996. That night the lead changed. | 1996-11-06 | That night | TIME 1996-11-05TNI
The vote is set for a week from Monday. | 2025-04-17 | a week from Monday | DATE 2025-04-28
They meet this coming Tuesday. | 2025-04-17 | this coming Tuesday | DATE 2025-04-22
They meet Tuesday week. | 2025-04-17 | Tuesday week | DATE 2025-04-29
The fair will run April 3-5. | 2025-03-20 | April 3 | DATE 2025-04-03
The fair will run April 3-5. | 2025-04-17 | April 3 | DATE 2026-04-03
The fair will run from Monday to Wednesday. | 2025-04-17 | Monday | DATE 2025-04-21
The fair will run from Monday to Wednesday. | 2025-04-17 | Wednesday | DATE 2025-04-23
Prices rose between 2019 and 2021. | 2025-04-17 | 2021 | DATE 2021
The deal closes in mid-April. | 2025-04-17 | mid-April | DATE 2025-04
The deal closes early next month. | 2025-04-17 | early next month | DATE 2025-05
The deal closes by the end of the year. | 2025-04-17 | the end of the year | DATE 2025
The deal closes in the first week of May. | 2025-04-17 | the first week of May | DATE 2025-W18
The blast came late Tuesday. | 2025-04-17 | late Tuesday | DATE 2025-04-15
He spoke Monday evening. | 2025-04-17 | Monday evening | DATE 2025-04-14TEV
The polls closed at 3:15 p.m. ET. | 2025-04-17 | 3:15 p.m. ET | TIME 2025-04-17T15:15
Polls will close at noon Friday. | 2025-04-17 | noon Friday | TIME 2025-04-18T12:00
Rates soared in the 1990s. | 2025-04-17 | the 1990s | DATE 199
Prices rose over the past decade. | 2025-04-17 | the past decade | DURATION P10Y
Prices rose over the last decade. | 2025-04-17 | the last decade | DATE 201
The market opens every other week. | 2025-04-17 | every other week | SET P2W
Prices are set twice a year. | 2025-04-17 | twice a year | SET P1Y
The war lasted twenty-five years. | 2025-04-17 | twenty-five years | DURATION P25Y
The ceasefire began at 00:01 GMT on Friday. | 2025-04-17 | 00:01 GMT | TIME 2025-04-11T00:01
He arrived at 8:30 a.m. local time Wednesday. | 2025-04-17 | 8:30 a.m. local time Wednesday | TIME 2025-04-16T08:30
The company said Tuesday that it expects to close the deal by Friday. | 2025-04-17 | Friday | DATE 2025-04-18
The minister said it would cut taxes on Friday. | 2025-04-17 | Friday | DATE 2025-04-18
Officials said the talks, which began on Monday, would end on Saturday. | 2025-04-17 | Monday | DATE 2025-04-14
Officials said the talks, which began on Monday, would end on Saturday. | 2025-04-17 | Saturday | DATE 2025-04-19
Analysts expect profits to grow in the second half of the year. | 2025-04-22 | the second half of the year | DATE 2025-H2
Water stood four feet deep on Tuesday night and rose again by midnight. | 2025-04-17 | midnight | TIME 2025-04-16T00:00
The city's summer arts festival will run over two weekends. | 2025-04-17 | summer | DATE 2025-SU
The roof was repaired in winter. | 2025-04-17 | winter | DATE 2024-WI
Talks begin next spring. | 2025-04-17 | next spring | DATE 2026-SP
Talks begin next summer. | 2025-04-17 | next summer | DATE 2025-SU
# scheduled present (issue 3 QA): a present-tense event verb or a copula with at/for/on speaks of the coming weekday
The governor's office has promised a proclamation by Tuesday. | 2001-04-01 | Tuesday | DATE 2001-04-03
He promised a proclamation by Tuesday. | 2040-03-05 | Tuesday | DATE 2040-02-28
Remember to vote Tuesday. | 1987-04-03 | Tuesday | DATE 1987-04-07
Set the clocks ahead Saturday night. | 1987-04-03 | Saturday night | DATE 1987-04-04TNI
They set the clocks ahead Saturday night. | 1987-04-03 | Saturday night | DATE 1987-03-28TNI
The vote is set for Friday. | 2025-04-17 | Friday | DATE 2025-04-18
The meeting is at 3 p.m. Friday. | 2025-04-17 | 3 p.m. Friday | TIME 2025-04-18T15:00
On Tuesday the talks resume. | 2025-04-17 | Tuesday | DATE 2025-04-22
The hearing resumes Monday. | 2025-04-17 | Monday | DATE 2025-04-21
Most schools, still on winter break, reopen Monday. | 2053-01-03 | Monday | DATE 2053-01-06
The column will not appear next Monday, and returns to Page 3 June 28. | 2021-06-14 | June 28 | DATE 2021-06-28
In 2008 the dam held. Tiedemann said that March was the wettest month on record. | 2009-05-19 | March | DATE 2009-03
Lows near zero are expected Thursday night and Friday night, said meteorologist Dana Whitford of the state climate office. | 2031-11-26 | Friday night | DATE 2031-11-28TNI
Schools close for Thanksgiving from Nov. 23 through 25. | 2016-08-16 | Thanksgiving | DATE 2016-11-24
The governor delivers his address at 7 p.m. Tuesday. | 2052-01-07 | 7 p.m. Tuesday | TIME 2052-01-09T19:00
The festival fills the park from 10 a.m. to 4 p.m. Saturday. | 2033-10-27 | 4 p.m. Saturday | TIME 2033-10-29T16:00
# timetables (QA 25, 26)
The ferry leaves at 6 a.m. Saturday. | 2019-05-09 | 6 a.m. Saturday | TIME 2019-05-11T06:00
A second batch becomes available Monday, the company said. | 2033-09-09 | Monday | DATE 2033-09-12
The software update lands Monday. | 2033-09-09 | Monday | DATE 2033-09-12
Clocks spring forward an hour at 2 a.m. Sunday. | 1988-04-02 | 2 a.m. Sunday | TIME 1988-04-03T02:00
Clocks spring forward an hour at 2 a.m. Sunday. | 1988-04-02 | an hour | DURATION PT1H
Clocks fall back Sunday. | 2008-11-01 | Sunday | DATE 2008-11-02
Polls open at 7 a.m. Tuesday. | 2026-03-08 | 7 a.m. Tuesday | TIME 2026-03-10T07:00
Pre-orders open Monday on the website. | 2010-11-05 | Monday | DATE 2010-11-08
The stock goes ex-dividend Wednesday. | 1998-07-06 | Wednesday | DATE 1998-07-08
The winner faces Harlan Moody in November. | 2026-03-08 | November | DATE 2026-11
Forecasters called for storms Thursday night. | 1978-08-16 | Thursday night | DATE 1978-08-17TNI
On Tuesday, a regional summit called for new talks. | 2009-01-29 | Tuesday | DATE 2009-01-27
Clocks move ahead one hour at 2 a.m. Sunday. | 1991-04-06 | 2 a.m. Sunday | TIME 1991-04-07T02:00
The mayor wants an overwhelming vote on Friday. | 2008-06-23 | Friday | DATE 2008-06-27
Shares took a 13% fall on Tuesday. | 2010-06-03 | Tuesday | DATE 2010-06-01
Polls close at noon Friday. | 2025-04-17 | noon Friday | TIME 2025-04-18T12:00
The new rules take effect Monday. | 2025-04-17 | Monday | DATE 2025-04-21
The hearing resumed Monday. | 2025-04-17 | Monday | DATE 2025-04-14
The court said Friday that the hearing resumes next month. | 2025-04-17 | Friday | DATE 2025-04-11
Shares fell on Friday to close at $20. | 2025-04-17 | Friday | DATE 2025-04-11
# a year-less month governed by a past-tense verb is not after the DCT month
The law was passed in May and takes effect in June. | 2025-04-17 | May | DATE 2024-05
The law was passed in May and takes effect in June. | 2025-04-17 | June | DATE 2025-06
The plant closed in June. | 2025-04-17 | June | DATE 2024-06
The bill would be paid on a date in May. | 2025-04-17 | May | DATE 2025-05
# ... also with its object between them, up to a comma, a to before a verb, an auxiliary or a verb that aims ahead
The pool was closed for nine days in July while a pump was rebuilt. | 1996-05-14 | July | DATE 1995-07
The operator changed from a fiscal year to a calendar year in December. | 1989-10-27 | December | DATE 1988-12
Prosecutors had asked for a date in December. | 1994-10-27 | December | DATE 1994-12
The wells meant to stop the flow in August are close. | 2010-06-20 | August | DATE 2010-08
# ... and one governed by will + verb is not before it, even a month just gone (issue 3 QA)
The plant will open in January. | 2028-03-09 | January | DATE 2029-01
The plant opened in January. | 2028-03-09 | January | DATE 2028-01
# a half or quarter of something that is not time is no date; of a time it still is
Profit rose in the first half of the fiscal year. | 2025-04-17 | the first half of the fiscal year | DATE 2025-H1
# N units later with no date mentioned before it is unknown, not counted from the DCT
Two days later, she gave birth. | 2025-04-17 | Two days later | DATE XXXX-XX-XX
She was admitted on April 2. Two days later, she gave birth. | 2025-04-17 | Two days later | DATE 2025-04-04
The museum opened last week. Two days later, she gave birth. | 2025-04-17 | Two days later | DATE XXXX-XX-XX
# a plan in the past perfect has changed since: the nearest such day; a verb that moves a date puts it ahead
The permit had been due to lapse Friday evening. | 2025-04-21 | Friday evening | DATE 2025-04-18TEV
The ceasefire had been due to end Thursday. | 2025-04-16 | Thursday | DATE 2025-04-17
The vote had been scheduled for Monday. | 2025-04-17 | Monday | DATE 2025-04-14
Officials said they did not plan to move the statue on Friday. | 2025-04-17 | Friday | DATE 2025-04-18
# `plans` and `planned` look ahead only before `to` or `for`: holiday plans are a noun
On Friday, when the minister set aside holiday plans for the trip, aides cheered. | 2025-04-17 | Friday | DATE 2025-04-11
The handover was planned for early June. | 2025-04-17 | early June | DATE 2025-06
The judge postponed until Tuesday any ruling on bail. | 2025-04-17 | Tuesday | DATE 2025-04-22
The regulator has given the airline until 5 p.m. Monday to reply. | 2025-04-17 | 5 p.m. Monday | TIME 2025-04-21T17:00
The bank extended to May 9 its offer for the shares. | 2025-04-17 | May 9 | DATE 2025-05-09
He stayed until Friday and left. | 2025-04-17 | Friday | DATE 2025-04-11
# the verb right before a year-less date decides its year; `last` takes the latest one
In the fiscal year ended Feb. 28, the chain lost money. | 2025-04-17 | Feb. 28 | DATE 2025-02-28
Revenue for the quarter ended June 30 rose. | 2025-05-20 | June 30 | DATE 2024-06-30
The clinic reopens on June 2. | 2025-05-20 | June 2 | DATE 2025-06-02
The trial opened last Oct. 23 in Lyon. | 2025-04-17 | last Oct. 23 | DATE 2024-10-23
# a fronted date is governed by the main verb after it, whatever the window around the DCT
In January, the council hired a new city manager. | 2025-10-27 | January | DATE 2025-01
In January, the council will hire a new city manager. | 2025-10-27 | January | DATE 2026-01
On Nov. 5, the court ruled against the port. | 2025-10-27 | Nov. 5 | DATE 2024-11-05
# an initial or a title is not the end of a clause
Ms. Ortiz will succeed Paulo R. Mendes Feb. 1 as chair. | 2024-10-26 | Feb. 1 | DATE 2025-02-01
# the next year, the day before: the whole unit, counted from the date in question
She was elected on May 22, 2019, and the following year she resigned. | 2025-04-17 | the following year | DATE 2020
The strike began on March 3, 2025; the day before, talks failed. | 2025-04-17 | the day before | DATE 2025-03-02
# an hour later is the same day as the date in question, not half a year on
The crash happened on Friday, March 7, 2025. An hour later, the road reopened. | 2025-04-17 | An hour later | DATE 2025-03-07
An hour later, the road reopened. | 2025-04-17 | An hour later | DATE XXXX-XX-XX
# dividend notices look ahead
The dividend is payable Dec. 7 to holders of record Nov. 15. | 2025-10-27 | Dec. 7 | DATE 2025-12-07
# holidays: fixed, n-th or last weekday of a month, Easter, and offsets from them
The family is spending the day after Thanksgiving with old photographs. | 1989-11-24 | the day after Thanksgiving | DATE 1989-11-24
Schools are reopening the day after Labor Day. | 2007-09-04 | the day after Labor Day | DATE 2007-09-04
Stores will slash prices the day after Christmas. | 2030-12-20 | the day after Christmas | DATE 2030-12-26
Shops will close on Easter 2030. | 2025-04-17 | Easter 2030 | DATE 2030-04-21
The parade is on Memorial Day 2026. | 2025-04-17 | Memorial Day 2026 | DATE 2026-05-25
# a holiday after a verb that looks ahead is the next one, even within three months after the last (QA 25, 26)
The band has rehearsed four days a week since New Year's to rebuild its stamina. | 2027-01-31 | New Year's | DATE 2027-01-01
Stores will close on Christmas. | 2030-01-20 | Christmas | DATE 2030-12-25
The spring break will end on Good Friday. | 2031-06-11 | Good Friday | DATE 2032-03-26
Ballots postmarked by Election Day will be counted. | 1996-11-06 | Election Day | DATE 1996-11-05
He told them in October that they would be home for Christmas. | 2011-01-20 | Christmas | DATE 2010-12-25
Voters went to the polls on Election Day 2022. | 2025-04-17 | Election Day 2022 | DATE 2022-11-08
Voters go to the polls on Election Day 2026. | 2025-04-17 | Election Day 2026 | DATE 2026-11-03
Markets shut on Good Friday. | 2025-04-17 | Good Friday | DATE 2025-04-18
Florists were busy before Mother's Day. | 2025-06-01 | Mother's Day | DATE 2025-05-11
Crowds lined the route on St. Patrick's Day. | 2025-04-17 | St. Patrick's Day | DATE 2025-03-17
Graves were decorated on All Saints' Day. | 2025-04-17 | All Saints' Day | DATE 2024-11-01
Crowds filled the square on Bastille Day. | 2031-07-20 | Bastille Day | DATE 2031-07-14
Federal offices closed for Martin Luther King Jr. Day. | 2025-04-17 | Martin Luther King Jr. Day | DATE 2025-01-20
Fireworks lit the castle at Hogmanay. | 2021-01-02 | Hogmanay | DATE 2020-12-31
The line reopens after the spring bank holiday. | 2025-04-17 | the spring bank holiday | DATE 2025-05-26
Pancakes were flipped on Shrove Tuesday. | 2025-04-17 | Shrove Tuesday | DATE 2025-03-04
Wreaths will be laid on Remembrance Sunday. | 2025-04-17 | Remembrance Sunday | DATE 2025-11-09
Traffic was heavy on bank holiday Monday. | 2025-05-30 | bank holiday Monday | DATE 2025-05-26
# the second year of a split year, in two digits, is a year of its own
Councillors approved the 1994-95 budget. | 1994-03-31 | 95 | DATE 1995
# an address's number is no year, a year that opens its sentence still is
In 1985 Marion Avenue was paved. | 2003-03-10 | 1985 | DATE 1985
# a school's break is named by its season; the second Tuesday of each month is a set
Students are on spring break next week. | 2030-03-10 | spring | DATE 2030-SP
Students finished exams Dec. 19, and spring classes begin Jan. 13. | 2053-01-02 | spring | DATE 2053-SP
The library is open late Saturday. | 2045-12-22 | Saturday | DATE 2045-12-23
Stores will stay open late this weekend. | 2045-12-22 | this weekend | DATE 2045-W51-WE
# winter straddles the new year: written in January it is the one begun in December; written in spring, a winter named as a kind of thing is the one just ended (QA 25, 26, held-out 6)
The clinic will stay open through the winter. | 2053-01-02 | the winter | DATE 2052-WI
The winter storms cost the town $2 million. | 2015-04-02 | winter | DATE 2014-WI
# a season before a noun it modifies is tagged alone, without the noun's article (QA 42)
Crops failed after the winter rains. | 1984-10-06 | winter | DATE 1984-WI
# an obligation looks ahead; a bare may have is a past (QA 41)
The judge told jurors they may have to sit Saturday. | 2015-10-21 | Saturday | DATE 2015-10-24
They have to vote Saturday. | 2015-10-21 | Saturday | DATE 2015-10-24
He may have left on Saturday. | 2015-10-21 | Saturday | DATE 2015-10-17
# a dateline before a fronted date leaves it fronted (QA 41)
GULL HARBOR, Maine -- On Thursday, Jan. 30, 1947, she told him to wait till Sunday. | 1973-02-13 | Sunday | DATE 1947-02-02
TALLIS LAKE, Minn. -- On Sept. 3, she wrote a letter. | 2031-08-25 | Sept. 3 | DATE 2030-09-03
# a quoted letter, diary entry or message dated in its sentence keeps its own today; a quoted speaker does not (QA 41)
In a letter dated Nov. 9, 1944, he wrote: “It rained again today.” | 1984-11-08 | today | DATE 1944-11-09
At 11:48 p.m. on July 2, Belanger texted a friend: “Wheel locked up on me again today.” | 2015-10-21 | today | DATE 2015-07-02
On Monday, the president said: “Today we begin.” | 2025-04-17 | Today | DATE 2025-04-17
# after a reporting verb and its day, that opens what was said (QA 42)
The agency said Tuesday that July was the hottest month. | 1998-07-31 | Tuesday | DATE 1998-07-28
The airline says its winter schedule will start in December. | 2015-04-02 | winter | DATE 2015-WI
The storm hit in February 1978. Schools closed for a week that winter. | 2053-01-02 | that winter | DATE 1977-WI
The school marked its centennial today in the building where it opened on Jan. 2, 1953, during an epidemic that had filled the hospitals that winter. | 2053-01-02 | that winter | DATE 1952-WI
The council meets the second Tuesday of each month. | 2026-06-30 | the second Tuesday of each month | SET XXXX-WXX-2
In those days, few families owned a car. | 1987-06-14 | those days | DATE PAST_REF
# a clause of time or cause after a date is read only when the words before it have no cue
The probe will try again to lift off on Tuesday after engineers replaced a faulty valve. | 2046-09-30 | Tuesday | DATE 2046-10-02
Travellers should make their way to the airport Thursday after curfew ends. | 2011-02-01 | Thursday | DATE 2011-02-03
# a possessive weekday is gone by, unless a verb of the future governs it in its clause
Hollingford Rovers will go into Saturday's cup tie without their captain. | 1983-01-03 | Saturday | DATE 1983-01-08
Mayville Central will face top-seeded Harlan Ridge in Friday's semifinal. | 2030-03-10 | Friday | DATE 2030-03-15
You can walk into Friday's debate and say the deal is done. | 2008-09-24 | Friday | DATE 2008-09-26
The company said it would appeal Wednesday's ruling. | 2025-04-17 | Wednesday | DATE 2025-04-16
# a state's abbreviation before a comma ends no clause; a forecast holds for both of two dates
The tour will open in Denver, Colo., and close in Nashville on Sept. 6. | 2036-03-13 | Sept. 6 | DATE 2036-09-06
Forecasters said more storms are possible tonight and Wednesday. | 1994-08-15 | Wednesday | DATE 1994-08-17
# a deadline's bound is its modifier
Homeowners must apply no later than March 31. | 1980-02-29 | no later than March 31 | DATE 1980-03-31
# half a century is fifty years; a quarter-century twenty-five; twice monthly is a set with its frequency
Agencies have had half a century to learn this law. | 2052-03-31 | half a century | DURATION P50Y
The industry had been hiring for nearly half a decade. | 2052-03-31 | nearly half a decade | DURATION P5Y
We have been waiting a quarter-century. | 2019-06-15 | a quarter-century | DURATION P25Y
Checks will be mailed on the first of each month. | 1984-12-31 | the first of each month | SET P1M
The storm will arrive late tonight. | 2052-03-31 | late tonight | TIME 2052-03-31TNI
# an age reached on a day ahead
Varga, who turns 58 on Tuesday, never took out a patent. | 1987-06-14 | Tuesday | DATE 1987-06-16
Jury selection had been scheduled for Monday but was called off the Friday before, when his lawyers objected. | 2047-02-28 | the Friday before | DATE 2047-02-22
The 1999–2000 season was his last; the 1999–00 one too. | 2004-05-01 | 00 | DATE 2000
# sets
The fee is paid annually. | 2025-04-17 | annually | SET P1Y
Shuttles leave every 20 minutes. | 2025-04-17 | every 20 minutes | SET PT20M
The comet returns once every six years. | 2025-04-17 | once every six years | SET P6Y
The choir sang every Sunday morning. | 2025-04-17 | every Sunday morning | SET XXXX-WXX-7TMO
The pool opens weekends. | 2025-04-17 | weekends | SET XXXX-WXX-WE
Tulips are planted every autumn. | 2025-04-17 | every autumn | SET XXXX-FA
# a range of days is two dates; the first is an expression of its own; a clock range takes its date
The clinic was open from 9 a.m. to 4 p.m. on March 2. | 2025-04-17 | 9 a.m. | TIME 2025-03-02T09:00
The fair will run April 3-5. | 2025-03-20 | 5 | DATE 2025-04-05
# a season with `that` is the season of the year in question; half a unit
The bridge closed in 2011 and reopened that spring. | 2025-04-17 | that spring | DATE 2011-SP
The crossing takes half an hour. | 2025-04-17 | half an hour | DURATION PT30M
# a date a verb moved to: ahead of the move, the nearest within three months
The race was moved to Oct. 29 after a crane collapse. | 2013-10-31 | Oct. 29 | DATE 2013-10-29
The vote was postponed until Tuesday. | 2013-10-31 | Tuesday | DATE 2013-11-05
# a plan in the past perfect, adverbs inside the verb group
The race had originally been planned for the summer. | 2013-10-31 | the summer | DATE 2013-SU
# contractions, modals and schedule verbs look ahead
They'll vote Monday. | 2021-07-16 | Monday | DATE 2021-07-19
It won't reopen until Monday. | 2021-07-16 | Monday | DATE 2021-07-19
Residents may return on Wednesday. | 2025-03-02 | Wednesday | DATE 2025-03-05
Theresa May resigned on Friday. | 2025-06-18 | Friday | DATE 2025-06-13
The trial continues Monday. | 2021-07-16 | Monday | DATE 2021-07-19
The fund began buying in July and holds 14 percent. | 1989-10-30 | July | DATE 1989-07
whose fiscal year ends June 30. | 2030-02-28 | June 30 | DATE 2030-06-30
# a copula right before a date, plans and hopes: a schedule
Game 4 is Sunday afternoon. | 2003-05-17 | Sunday afternoon | DATE 2003-05-18TAF
The filing deadline is Friday. | 2025-03-04 | Friday | DATE 2025-03-07
The deadline to apply is Oct. 15. | 2025-03-04 | Oct. 15 | DATE 2025-10-15
The last hearing was Friday. | 2025-03-04 | Friday | DATE 2025-02-28
Volunteers plan a hay drive on Saturday. | 2016-02-18 | Saturday | DATE 2016-02-20
She hopes to finish the repairs by Monday. | 2025-03-04 | Monday | DATE 2025-03-10
# an -ing clause of a hope or an aim after a past verb looks ahead, when it comes before the date (QA 25)
The union met today, hoping to settle the contract Tuesday. | 1978-10-28 | Tuesday | DATE 1978-10-31
Crews resumed the countdown, aiming for liftoff Sunday. | 1978-10-28 | Sunday | DATE 1978-10-29
The team had flown home early, on Wednesday, hoping to avoid a return trip. | 2019-06-14 | Wednesday | DATE 2019-06-12
# July Fourth is a holiday, not the month; a season told in the past is the one begun
Crowds gathered for the Fourth of July parade. | 2010-06-20 | the Fourth of July | DATE 2010-07-04
The concert on July Fourth was canceled. | 2013-06-30 | July Fourth | DATE 2013-07-04
The Fourth of July parade starts at 10 a.m. | 2013-06-30 | The Fourth of July | DATE 2013-07-04
Bus schedules changed over the summer. | 2030-08-25 | the summer | DATE 2030-SU
Last summer the pool closed early. | 2030-08-25 | Last summer | DATE 2029-SU
# 'through' a date after a verb that moves it; 'remains' is a state that runs on
The weather service extended the heat warning through Wednesday evening. | 2013-06-30 | Wednesday evening | DATE 2013-07-03TEV
Officials said the order remains in effect through Tuesday. | 2013-06-30 | Tuesday | DATE 2013-07-02
The festival ran through Sunday. | 2013-07-01 | Sunday | DATE 2013-06-30
# a step after a period that holds the DCT counts from the DCT; after another coarse one it is unknown
Sales fell this year, and the club plans a rally the following weekend. | 2013-06-26 | the following weekend | DATE 2013-W27-WE
The plant opened in 1990. Two days later it closed. | 2013-06-26 | Two days later | DATE XXXX-XX-XX
# a school calendar: 'runs' is a schedule, and a range's end follows its start
Winter break runs from Dec. 21 through Jan. 5. | 2030-08-25 | Jan. 5 | DATE 2031-01-05
The last day of classes is June 11. | 2030-08-25 | June 11 | DATE 2031-06-11
# a date after 'since' began a state that runs to now: it is not the day in question
Workers have had no contract since June 30. The union gave the city until midnight. | 2008-12-23 | midnight | TIME 2008-12-24T00:00
# a past event is not on a day still to come: the dateline's day, not the deadline's
She will seek a vote by Oct. 1. A doctor who spoke at 2:30 p.m. disagreed. | 2025-09-05 | 2:30 p.m. | TIME 2025-09-05T14:30
# a date in apposition names the relative day or weekend before it (when the weekday agrees)
The shelves were bare the previous Saturday, Nov. 12, after a failure. | 2022-11-21 | the previous Saturday | DATE 2022-11-12
The band plays again the following weekend, on Saturday, July 13. | 2013-06-30 | the following weekend | DATE 2013-W28-WE
It rained yesterday, June 27. | 2013-06-30 | yesterday | DATE 2013-06-29
# the end of a weekday range is the first such day on or after its start, and the day in question
The festival runs from Friday through Sunday. | 2025-03-12 | Sunday | DATE 2025-03-16
The shop was closed Monday to Wednesday. | 2025-03-15 | Wednesday | DATE 2025-03-12
The exhibit is open Monday to Friday at 1pm. | 2010-04-16 | 1pm | TIME 2010-04-23T13:00
# an optional comma before a part that is not there stays out of the span
The fair is held the first weekend of August, organizers said. | 2025-03-15 | the first weekend of August | DATE 2025-W31-WE
# number words: only what continues a number is one
He has served two four-year terms. | 2024-11-03 | four-year | DURATION P4Y
# a plan told in the past, or said to be the original one: the nearest date
Results, originally due Feb. 6, were delayed. | 2024-02-29 | Feb. 6 | DATE 2024-02-06
The report was due Jan. 3. | 2024-02-29 | Jan. 3 | DATE 2024-01-03
# the winter under way runs into the new year
Last winter the lake stayed open. | 2025-01-01 | Last winter | DATE 2023-WI
This winter the lake froze. | 2025-01-01 | This winter | DATE 2024-WI
Next winter it will freeze. | 2025-01-01 | Next winter | DATE 2025-WI
# Feb. 29 looks to the leap years around the DCT
The next leap-day race is on Feb. 29. | 2025-03-05 | Feb. 29 | DATE 2028-02-29
The last leap-day race was on Feb. 29. | 2025-03-05 | Feb. 29 | DATE 2024-02-29
Shoppers lined up on Black Friday. | 2025-01-01 | Black Friday | DATE 2024-11-29
# a decade that is no age still is one; a quotation that is no title is still tagged
Rents doubled in the 30s. | 2025-04-17 | the 30s | DATE 193
“Last week,” he said, “we met.” | 2025-04-17 | Last week | DATE 2025-W15
# a weekday in apposition to a full date is that date, and the story stays there (issue 3 QA)
Detectives got their first lead on Dec. 8, a Friday. That night, they searched a barn. | 2023-12-31 | Friday | DATE 2023-12-08
Detectives got their first lead on Dec. 8, a Friday. That night, they searched a barn. | 2023-12-31 | That night | TIME 2023-12-08TNI
The fire spread on Dec. 8, Friday, and the next day it rained. | 2023-12-31 | the next day | DATE 2023-12-09
The fire started on Dec. 7, Friday, officials said. | 2023-12-31 | Friday | DATE 2023-12-29
# could and must look ahead, except in their past readings; forecasts look ahead, to a date after their object (issue 3 QA, QA 31)
The strike could end on Friday. | 2025-03-05 | Friday | DATE 2025-03-07
The dam could fail in June. | 2024-12-21 | June | DATE 2025-06
Officials could not be reached Tuesday. | 2025-03-05 | Tuesday | DATE 2025-03-04
The plane must have crashed on Tuesday. | 2025-03-05 | Tuesday | DATE 2025-03-04
Voters must register by Friday. | 2025-03-05 | Friday | DATE 2025-03-07
Temperatures are forecast to reach 102 degrees on Saturday afternoon. | 2019-06-28 | Saturday afternoon | DATE 2019-06-29TAF
The weather bureau forecast lows in the low 30s Friday night. | 1974-10-03 | Friday night | DATE 1974-10-04TNI
The weather service is forecasting snow Wednesday. | 2016-11-07 | Wednesday | DATE 2016-11-09
Cuba predicted Wednesday that the ruling would stand. | 2000-01-07 | Wednesday | DATE 2000-01-05
Map shows the forecast location of oil. Vessels gather off the Louisiana coast, Tuesday. | 2010-07-21 | Tuesday | DATE 2010-07-20
Profits beat forecast Oil is burned off near the spill site, July 13. | 2010-11-02 | July 13 | DATE 2010-07-13
The company had forecast in July a profit of $2.20 a share. | 1990-09-03 | July | DATE 1990-07
The court set Friday as the deadline. | 2025-03-05 | Friday | DATE 2025-02-28
# a clause opened by that after the expression is not its clause
The senator told supporters at a rally on Sunday afternoon that he expected to win. | 2030-11-04 | Sunday afternoon | DATE 2030-11-03TAF
# a state that lasts until a day, with no tense, ends ahead; more present-tense schedules (issue 3 QA)
The store is closed until Tuesday. | 2025-04-16 | Tuesday | DATE 2025-04-22
The offer is valid through Dec. 15. | 2025-04-16 | Dec. 15 | DATE 2025-12-15
The store was closed until Tuesday. | 2025-04-16 | Tuesday | DATE 2025-04-15
Tickets go on sale Monday at 10 a.m. | 2019-12-29 | Monday | DATE 2019-12-30
The orchestra performs Friday through Sunday. | 2028-02-29 | Sunday | DATE 2028-03-05
The album comes out Friday. | 2025-04-16 | Friday | DATE 2025-04-18
# a quarter with no number told by the day it ended is the calendar quarter holding most of it; a numbered one keeps its number
Jayark had a loss in the quarter ended July 31. | 1989-10-26 | the quarter | DATE 1989-Q2
Sales rose in the latest quarter, which ended June 29. | 2024-08-21 | the latest quarter | DATE 2024-Q2
Sales rose in the fiscal fourth quarter ended Sept. 30. | 1989-10-26 | the fiscal fourth quarter | DATE 1989-Q4
# a small-hours clock after an evening or night in question is the next day; start is a schedule verb, the start a noun
The bar is open until 3 a.m. after the show Friday night. Police arrived at 1 a.m. | 2025-04-16 | 1 a.m. | TIME 2025-04-12T01:00
Fireworks start Saturday evening and run until 1 a.m. | 2025-04-16 | 1 a.m. | TIME 2025-04-20T01:00
Officials delayed the start Saturday. | 2025-04-16 | Saturday | DATE 2025-04-12
# ... and an evening clock after that small-hours one is on the first evening's day, when later than it (QA 37)
The shift runs from 9 p.m. to 5 a.m., and a freighter leaves Denver at 10:50 p.m. | 2048-12-31 | 10:50 p.m. | TIME 2048-12-31T22:50
The fire started at 11 p.m., crews arrived at 1 a.m. and by 10 p.m. it was out. | 2020-03-10 | 10 p.m. | TIME 2020-03-11T22:00
# a bare clock in a sentence with a daily or weekly set is a timetable's, every day's
The market is open from 5 p.m. to 11 p.m. daily. | 2028-02-29 | 5 p.m. | TIME XXXX-XX-XXT17:00
The stall is open daily from 9 to 11 a.m. | 2010-04-16 | 9 | TIME XXXX-XX-XXT09:00
The train departs at 5:40 p.m. on Tuesdays and Saturdays. | 2003-06-30 | 5:40 p.m. | TIME XXXX-XX-XXT17:40
Performances are at 8 p.m. Friday and 2 p.m. on Sundays. | 2012-11-05 | 8 p.m. Friday | TIME 2012-11-09T20:00
# ... also with a zone, and noon or midnight
The quiz show airs Sundays at 9 p.m. Eastern. | 2031-03-02 | 9 p.m. Eastern | TIME XXXX-XX-XXT21:00
The canteen opens on weekdays at noon. | 2031-03-02 | noon | TIME XXXX-XX-XXT12:00
# a clock right after its day keeps the day in a timetable sentence; a night in a month in question; to + past form is no past
Tickets go on sale Tuesday at 10 a.m. at the box office, open from 9 a.m. to 6 p.m. daily. | 2025-12-29 | 10 a.m. | TIME 2025-12-30T10:00
They first met in October. That night, they watched the tape. | 2025-12-29 | That night | TIME 2025-10-XXTNI
The board meets in the new year to set the schedule for the fall. | 2025-12-29 | the fall | DATE 2026-FA
# a small-hours clock after a holiday's eve is the next day; all summer is that summer
Trains will run on New Year's Eve until 2 a.m. | 2022-12-23 | 2 a.m. | TIME 2023-01-01T02:00
The bar was open on Christmas Eve until 1 a.m. | 2022-12-28 | 1 a.m. | TIME 2022-12-25T01:00
# a state that lasts through a season under way ends with that one
The road will stay closed through the spring. | 2026-03-31 | the spring | DATE 2026-SP
# a quarter or half of play is no calendar period; a coming clock is not on a past day in question
Rates rose 25 basis points in the fourth quarter. | 2027-05-17 | the fourth quarter | DATE 2026-Q4
He threw for an hour Friday without a brace. Kickoff is at noon. | 2026-01-04 | noon | TIME 2026-01-04T12:00
# ... but a coming day that a past one displaced in the same sentence is (QA 36)
Volunteers will return next Saturday to plant willows, after Thursday's storm swamped the site. Planting runs from 8 a.m. to noon. | 2040-05-07 | 8 a.m. | TIME 2040-05-12T08:00
The probe will try again on Tuesday after a valve forced a scrub on Saturday. The window opens at 9:12 a.m. | 2046-09-30 | 9:12 a.m. | TIME 2046-10-02T09:12
# a clock time right before a day is on that day, one TIME (issue 3 QA); a clock with its weekday and a holiday after a comma are two, the clock on the holiday (held-out 5, QA 30-32)
The show starts at 8:30 p.m. tomorrow. | 2025-03-05 | 8:30 p.m. tomorrow | TIME 2025-03-06T20:30
They meet at 9 a.m. next Tuesday. | 2025-03-05 | 9 a.m. next Tuesday | TIME 2025-03-11T09:00
The parade starts at 10 a.m. on Independence Day. | 2025-03-05 | 10 a.m. | TIME 2025-07-04T10:00
Deeds were logged until 11 p.m. Monday, New Year's Eve. | 2002-01-02 | 11 p.m. Monday | TIME 2001-12-31T23:00
Deeds were logged until 11 p.m. Monday, New Year's Eve. | 2002-01-02 | New Year's Eve | DATE 2001-12-31
She will lead the 7 p.m. vigil on Saturday. | 2031-04-09 | 7 p.m. | TIME 2031-04-12T19:00
The 8 p.m. concert on Friday, April 18 is sold out. | 2031-04-09 | 8 p.m. | TIME 2031-04-18T20:00
Talks ended at 7 p.m. and resumed on Saturday. | 2031-04-09 | 7 p.m. | TIME 2031-04-09T19:00
Doors open at 7 p.m. tomorrow night. | 2025-03-05 | 7 p.m. tomorrow night | TIME 2025-03-06T19:00
Talks opened at 9 a.m. local time (0800 GMT) on Monday. | 2025-03-05 | 9 a.m. local time | TIME 2025-03-03T09:00
Talks opened at 9 a.m. local time (0800 GMT) on Monday. | 2025-03-05 | 0800 GMT | TIME 2025-03-03T08:00
# numbers with thousands separators are read whole; years before 1 AD are BC (there is no year 0)
The comet returns once every 5,400 years. | 2025-04-17 | once every 5,400 years | SET P5400Y
The temple was built 1,500 years ago. | 2025-04-17 | 1,500 years ago | DATE 0525
The settlement was founded 5,400 years ago. | 2025-04-17 | 5,400 years ago | DATE BC3376
The city was founded in 3400 B.C. by farmers. | 2025-04-17 | 3400 B.C. | DATE BC3400
The wall dates to 450 BC. | 2025-04-17 | 450 BC | DATE BC0450
# found by the silver evaluation (scripts/eval-silver.py) on real news
A sign is seen in this April 27 file photo. | 2010-05-15 | April 27 | DATE 2010-04-27
On 4 September, the deputy, who heads the commission, said the deal was bad. | 2015-09-30 | 4 September | DATE 2015-09-04
A petrol station closed due to a protest in London, 27 July. | 2011-01-06 | 27 July | DATE 2010-07-27
The commission went ahead with its plan for the debate this Friday. | 2008-09-24 | this Friday | DATE 2008-09-26
It will be shown live from 0100 GMT on Saturday, and repeated at 0900 GMT. | 2010-01-22 | 0100 GMT | TIME 2010-01-23T01:00
Pickups run Tuesday, and the pantry will be closed Thursday. | 2022-11-21 | Tuesday | DATE 2022-11-22
# a closing attribution is the time of the telling (QA 7)
The union will hold a ballot of its members on Friday, a spokesman said. | 2020-11-04 | Friday | DATE 2020-11-06
Customers will see their fixed rates fall for the third quarter, the company said. | 2026-06-30 | the third quarter | DATE 2026-Q3
A winter series, held on Thursdays from December, will be announced next week. | 2022-07-13 | December | DATE 2022-12
Temperatures are likely to reach 17C on Sunday. | 2015-05-01 | Sunday | DATE 2015-05-03
Heat warnings issued on Friday remain in place. | 2028-12-31 | Friday | DATE 2028-12-29
# midnight gone by is the one that began the dateline's day (QA 7)
The fire started at midnight. | 2024-03-11 | midnight | TIME 2024-03-11T00:00
The bars will close at midnight. | 2024-03-11 | midnight | TIME 2024-03-12T00:00
# photo captions tell a moment gone by; 'to be held' is a plan (silver)
Bush returns a salute on the South Lawn, Friday in Washington. (AP Photo/Staff) | 2008-10-19 | Friday | DATE 2008-10-17
A memorial service is to be held at the stadium on Tuesday. | 2013-12-06 | Tuesday | DATE 2013-12-10
A memorial service to be held at the stadium on Tuesday drew crowds. | 2013-12-06 | Tuesday | DATE 2013-12-10
A memorial service to be held at the stadium on Tuesday was announced by the family. | 2013-12-06 | Tuesday | DATE 2013-12-10
He seemed not to be worried about his image on Friday night when he went out for pasta with friends. | 2011-07-04 | Friday night | DATE 2011-07-01TNI
Talks with Tsvangirai, widely believed to have secured an outright win in the March 29 general election, broke down. | 2008-07-18 | March 29 | DATE 2008-03-29
# QA 8: plans kept, weekends to come, comparisons, ranges, seasons under way
The museum will open on Dec. 1. | 2015-03-02 | Dec. 1 | DATE 2015-12-01
The ceremony will go ahead as planned on June 9. | 1996-05-13 | June 9 | DATE 1996-06-09
Airlines expect the coming weekend to be busy. | 2026-01-02 | the coming weekend | DATE 2026-W01-WE
Voting ends Wednesday, a week earlier than in past years. | 2008-05-14 | a week | DURATION P1W
The closure runs from Nov. 2 through Nov. 23. | 2020-02-05 | Nov. 23 | DATE 2020-11-23
Winter break runs from Dec. 23 through Jan. 3. | 1996-05-13 | Dec. 23 | DATE 1996-12-23
The state would review it over the summer. | 2024-06-30 | the summer | DATE 2024-SU
Violence left 30 dead in the country between January and November. | 2003-01-28 | January | DATE 2002-01
The senator takes office Thursday. | 2015-03-02 | Thursday | DATE 2015-03-05
The doctor goes on trial in March. | 2011-02-03 | March | DATE 2011-03
Skies should clear by Thanksgiving morning. | 2017-11-22 | Thanksgiving morning | DATE 2017-11-23TMO
# a state since a clock time, in the present perfect, holds now (QA 8)
Last night the airport warned of delays. Security lines have been closed since 7 a.m. | 2035-12-16 | 7 a.m. | TIME 2035-12-16T07:00
On Friday the gates had been closed since 7 a.m. | 2035-12-16 | 7 a.m. | TIME 2035-12-14T07:00
# the day of the telling is not the day in question
The plant closed on March 3, the company said Tuesday. Two days later, workers protested. | 2025-04-17 | Two days later | DATE 2025-03-05
# silver evaluation, month kind
Dr Murray goes on trial in March for manslaughter. | 2011-02-03 | March | DATE 2011-03
His role in the September crisis may have been decisive. | 2009-01-22 | September | DATE 2008-09
The forthcoming conference in June will set targets. | 2012-01-31 | June | DATE 2012-06
# a season before a pronoun or an article is no noun modifier (QA 7)
In the autumn it opened a second office. | 2020-02-29 | the autumn | DATE 2019-FA
In the summer the club was running again. | 2020-02-29 | the summer | DATE 2019-SU
# British forms (QA 7)
The last train will leave at 11.30pm. | 2023-08-14 | 11.30pm | TIME 2023-08-14T23:30
She was found at about 1.20am on Wednesday. | 1997-01-01 | about 1.20am | TIME 1997-01-01T01:20
Staff will walk out on Thursday 14 April. | 2022-03-31 | Thursday 14 April | DATE 2022-04-14
# forecasts and states told with a present copula lie ahead (QA 9)
Heavy rain is possible Monday. | 2031-08-31 | Monday | DATE 2031-09-01
Storms are likely on Tuesday. | 2031-08-31 | Tuesday | DATE 2031-09-02
Schools are closed Tuesday. | 2031-08-31 | Tuesday | DATE 2031-09-02
Candidates have until 5 p.m. Friday to file, the clerk said. | 2027-03-01 | 5 p.m. Friday | TIME 2027-03-05T17:00
Candidates have until 5 p.m. Friday to file, the clerk said Monday, and nine are expected to. | 2027-03-01 | 5 p.m. Friday | TIME 2027-03-05T17:00
Rain totals of 8 to 12 inches are possible from Monday night through Tuesday evening. | 2031-08-31 | Monday night | DATE 2031-09-01TNI
# a verb that sets a day, then 'for' (QA 9)
A federal judge set sentencing for Oct. 14. | 2022-07-05 | Oct. 14 | DATE 2022-10-14
The governor called an election for Nov. 8. | 2022-07-05 | Nov. 8 | DATE 2022-11-08
The court agreed Tuesday to hear the case, setting oral arguments for Jan. 12. | 2009-09-30 | Jan. 12 | DATE 2010-01-12
He also announced a community meeting for 7 p.m. Thursday. | 1992-03-16 | 7 p.m. Thursday | TIME 1992-03-19T19:00
Sales set a record for May. | 2022-07-05 | May | DATE 2022-05
# an order or a move, then 'to' and a verb: what is to be done comes after (QA 8)
A connecting flight was rescheduled to depart at 1 a.m. Saturday. | 2026-01-02 | 1 a.m. Saturday | TIME 2026-01-03T01:00
Workers were ordered to return Monday. | 2026-01-02 | Monday | DATE 2026-01-05
Residents were asked to conserve water through Sunday. | 2026-01-02 | Sunday | DATE 2026-01-04
# written on a Sunday, the week and the weekend ahead are the next ISO week's (QA 9)
Lawmakers will vote on the bill this week. | 2031-08-31 | this week | DATE 2031-W36
Lawmakers voted on the bill this week. | 2031-08-31 | this week | DATE 2031-W35
The storm will reach Georgia by the weekend. | 2031-08-31 | the weekend | DATE 2031-W36-WE
# 'going' is a future cue only in 'going to' (QA 9)
The show sold out within an hour of going on sale in March. | 2035-05-19 | March | DATE 2035-03
The museum is going to open in March. | 2035-05-19 | March | DATE 2036-03
# a verb after 'and' heads a predicate with its own tense (QA 9)
Dunmore State beat Kessler 31-24 on Saturday afternoon and plays at home again this Saturday. | 2019-09-16 | Saturday afternoon | DATE 2019-09-14TAF
The Rovers lost Sunday and play again Wednesday. | 2019-09-16 | Wednesday | DATE 2019-09-18
The Hawks lost on Sunday and host the Lions on Friday. | 2019-09-16 | Friday | DATE 2019-09-20
He was released from Mercy General Hospital on Friday and is expected to testify next month. | 1992-03-16 | Friday | DATE 1992-03-13
Protesters planned a large demonstration on Saturday and were planning to drive to the airport. | 2000-01-07 | Saturday | DATE 2000-01-08
Hartwell spent the weekend visiting churches and planned a final rally. | 2030-11-04 | the weekend | DATE 2030-W44-WE
# listings, forecasts, live-blog stamps (QA 10)
The show airs Thursday. | 2016-10-12 | Thursday | DATE 2016-10-13
The special is broadcast on BBC Two on Tuesday, at 9 p.m. | 2010-11-08 | Tuesday | DATE 2010-11-09
The special was broadcast on BBC Two on Tuesday. | 2010-11-08 | Tuesday | DATE 2010-11-02
The ship docks Sunday. | 2011-03-10 | Sunday | DATE 2011-03-13
On Thursday morning Lula was sworn in as a minister. | 2016-03-18 | Thursday morning | DATE 2016-03-17TMO
The buses left at 7:30 a.m. CEST on Friday. | 2053-03-28 | 7:30 a.m. CEST | TIME 2053-03-28T07:30
The union met at 3:15 a.m. today. The contract expires at midnight. | 2031-03-14 | midnight | TIME 2031-03-15T00:00
Clocks were set back to 1 a.m. Pacific Standard Time. | 1983-10-30 | 1 a.m. Pacific Standard Time | TIME 1983-10-30T01:00
A defense expert said the weekly Delmont Ledger had printed it. | 2016-03-18 | weekly | SET P1W
The parade steps off at noon Saturday. | 2011-03-10 | noon Saturday | TIME 2011-03-12T12:00
Clocks change Sunday. | 2011-03-10 | Sunday | DATE 2011-03-13
Buyers crowded the office before a surcharge rises at midnight. | 2046-12-31 | midnight | TIME 2047-01-01T00:00
Brun is expected to win Thursday's vote. | 2042-08-19 | Thursday | DATE 2042-08-21
Thousands are feared to have died in Tuesday's earthquake. | 2010-01-14 | Tuesday | DATE 2010-01-12
There is a 70 percent chance of rain Thursday. | 2016-10-12 | Thursday | DATE 2016-10-13
The court issued a scheduling order Tuesday. | 2016-10-12 | Tuesday | DATE 2016-10-11
Israeli air strikes Tuesday killed 12. | 2016-10-12 | Tuesday | DATE 2016-10-11
# 'the quarter' with none named before: the last one, or the one under way ahead (QA 9)
Growth will pick up in the quarter, she said. | 2016-09-30 | the quarter | DATE 2016-Q3
Profit rose in the quarter. | 2016-09-30 | the quarter | DATE 2016-Q2
Marlin will report third-quarter results Thursday. Analysts expect a profit for the quarter. | 2013-10-22 | the quarter | DATE 2013-Q3
# 'since' looks back after an auxiliary too (QA 9)
Drivers who have not been tested since March will need a new license. | 2022-07-05 | March | DATE 2022-03
# a past verb a few words before a year-less month or date governs it, unless the sentence looks ahead (QA 10, 11); an -ed form after a preposition or in a hyphenated compound is an adjective (QA 31)
The fire burned 19 acres in August. | 2022-07-14 | August | DATE 2021-08
The government drew the plan in September. | 2042-08-19 | September | DATE 2041-09
The army laid mines in October. | 2042-08-19 | October | DATE 2041-10
The agent will hold a meeting on prevented-planting rules at 1 p.m. Friday. | 2027-05-27 | 1 p.m. Friday | TIME 2027-05-28T13:00
The co-op will hold a meeting on damaged beets at 7 p.m. Thursday. | 2016-11-07 | 7 p.m. Thursday | TIME 2016-11-10T19:00
Engineers plan to lower the box over the site on Thursday, using remote-controlled submarines. | 2010-05-04 | Thursday | DATE 2010-05-06
A panel of judges heard arguments from lawyers on Thursday on how spill-related lawsuits should be handled. | 2010-07-30 | Thursday | DATE 2010-07-29
The agency wants the flats finished before June. | 2042-03-10 | June | DATE 2042-06
Snow usually closes the high passes in October. | 1977-09-20 | October | DATE XXXX-10
The festival is always held in March. | 2026-02-16 | March | DATE XXXX-03
Late December is usually the busiest stretch of the tourist season. | 1974-12-27 | Late December | DATE XXXX-12
The rainy season normally ends in mid-November. | 1998-11-02 | mid-November | DATE XXXX-11
The hurricane season, which began last week, typically peaks in August. | 2010-06-10 | August | DATE XXXX-08
The rebels said they would withdraw if the army pulled back by Friday. | 1977-09-20 | Friday | DATE 1977-09-23
The party would split if she lost Thursday's vote. | 2031-06-09 | Thursday | DATE 2031-06-12
The party would have split if she had lost Thursday's vote. | 2031-06-09 | Thursday | DATE 2031-06-05
If Mugabe did not hear the voice in March, he is going to hear a much louder voice. | 2008-06-20 | March | DATE 2008-03
The last transit strike, in 2039, lasted nine days and ended Nov. 22. | 2047-12-31 | Nov. 22 | DATE 2039-11-22
Sales, which peaked in 2007, fell on March 3. | 2047-12-31 | March 3 | DATE 2047-03-03
She won a second term in 2044, but lost her majority at the election on 3 December. | 2048-12-20 | 3 December | DATE 2048-12-03
The plant closed for maintenance in September. | 2022-06-15 | September | DATE 2021-09
The plant closed its doors on Sept. 14. | 2022-06-15 | Sept. 14 | DATE 2021-09-14
The split would be paid on a still unspecified date in January. | 1989-10-26 | January | DATE 1990-01
Riders who bought a pass for January will get a refund. | 1998-12-29 | January | DATE 1999-01
# a course that leads to a day looks ahead; zones written out belong to the clock (QA 11)
The storm was on track to make landfall late Thursday. | 2004-09-01 | late Thursday | DATE 2004-09-02
The storm was poised to strike the coast Friday. | 2004-09-01 | Friday | DATE 2004-09-03
Tickets go on sale at 10 a.m. Pacific time on Friday, May 21. | 2038-05-15 | 10 a.m. Pacific time | TIME 2038-05-21T10:00
The game starts at 7:30 p.m. Eastern on Monday. | 2038-05-15 | 7:30 p.m. Eastern | TIME 2038-05-17T19:30
# the next year or decade with nothing dated before it: from now, in a clause that looks ahead; else unknown (QA 11)
Withdrawals will be cut over the next decade. | 2019-01-02 | the next decade | DATE 202
The next year will be decisive. | 2019-01-02 | The next year | DATE 2020
The fire spread fast. The next day, crews returned. | 2019-01-02 | The next day | DATE XXXX-XX-XX
# a participle after remain or stay is a state; the verb group's will still counts (QA 11)
The road will probably remain closed until Thursday. | 2033-11-23 | Thursday | DATE 2033-11-24
Stores will again stay closed Thursday and open at 6 a.m. Friday. | 2033-11-23 | 6 a.m. Friday | TIME 2033-11-25T06:00
The road remained closed until Thursday. | 2033-11-23 | Thursday | DATE 2033-11-17
# a clock after the day named in its own sentence is on that day, whatever the tense (QA 11)
The hearing will be held Tuesday, Jan. 8, at 9:30 a.m., followed by lunch. | 2019-01-02 | 9:30 a.m. | TIME 2019-01-08T09:30
# a participle with its date, then the clause's future verb: ahead; a coordinated future is its own clause (QA 10, 11)
Units ordered by Aug. 31 will ship in two weeks. | 2034-08-22 | Aug. 31 | DATE 2034-08-31
# ... but a date since which is past; a plan told in the past may have slipped: the nearest date (QA 26)
Gifts bought since Nov. 1 can be returned through Jan. 31. | 2024-12-12 | Nov. 1 | DATE 2024-11-01
The work was supposed to be finished by June 7, but rain kept crews away. | 2018-06-14 | June 7 | DATE 2018-06-07
The bridge is expected to be finished by June 7. | 2018-06-14 | June 7 | DATE 2019-06-07
Packages ordered after Dec. 15 may not arrive by Christmas Eve. | 2033-11-23 | Dec. 15 | DATE 2033-12-15
The plant opened on Aug. 31 and will close soon. | 2034-08-22 | Aug. 31 | DATE 2033-08-31
# a weekday with no tense cue after a coming day in its sentence is a coming one (QA 11)
Game 5 is Monday, with Game 6 back in Portland on Wednesday. | 2038-05-15 | Wednesday | DATE 2038-05-19
# a year-less day after a day of its sentence in another year near the dateline lies in that year when that puts it within two months of it (QA 25)
The last day will be June 10, with graduation on the evening of June 11. | 2031-06-11 | the evening of June 11 | DATE 2032-06-11TEV
She was born on June 10, 1990, and the park opened on June 11. | 2031-06-20 | June 11 | DATE 2031-06-11
# after a day told with its weekday more than a week ahead, a weekday ahead in its sentence is in the days after it (QA 26)
The county fair opens Monday, June 3, and livestock judging runs Tuesday through Thursday. | 2019-05-09 | Thursday | DATE 2019-06-06
Gates open at 5 p.m. Monday, June 3, for a free concert. Headline acts play Tuesday through Friday. | 1974-05-16 | Friday | DATE 1974-06-07
Gates open at 5 p.m. Monday, June 3. Acts play Tuesday through Friday, and a fireworks finale is set for 9:30 p.m. Friday. | 1974-05-16 | 9:30 p.m. Friday | TIME 1974-06-07T21:30
Single-day tickets go on sale May 9, and shuttle schedules will be posted Friday. | 2042-04-29 | Friday | DATE 2042-05-02
Game 5 was Monday, with Game 6 on Wednesday. | 2038-05-15 | Wednesday | DATE 2038-05-12
# pay that reaches back to a day looks back (QA 11)
The authority has offered raises retroactive to July 1. | 2029-12-31 | July 1 | DATE 2029-07-01
The freeze is retroactive to Jan. 1. | 1980-02-29 | Jan. 1 | DATE 1980-01-01
# a decimal duration keeps its fraction (QA 11; it was untagged rather than read as a whole number)
She won the sprint in 10.8 seconds. | 2025-04-17 | 10.8 seconds | DURATION PT10.8S
Prices rose over 1.5 years. | 2026-03-14 | 1.5 years | DURATION P1.5Y
# a range of days that would end before it starts is turned, when it can, into the one that holds the DCT (QA 11)
The Atlantic hurricane season runs from June 1 to Nov. 30. | 2004-09-01 | June 1 | DATE 2004-06-01
The Atlantic hurricane season runs from June 1 to Nov. 30. | 2004-09-01 | Nov. 30 | DATE 2004-11-30
# a year-less month or date in a clause that a year and a comma with when open is in that year (QA 11)
It was the first strike since 2011, when service halted for nine days in the middle of January. | 2029-12-31 | the middle of January | DATE 2011-01
# a story's own year: a day after a dated day of its sentence, years away (not after a birth), an opening year or years ago, a since-year with its when-clause
They opened the convention on July 4, 1789, argued for nine days and signed the charter on July 13. | 1989-07-04 | July 13 | DATE 1789-07-13
Smith, who was born on March 3, 1931, died on March 20 at home. | 2020-05-01 | March 20 | DATE 2020-03-20
# measures from QA 27 and 28: one-word -long units, an hour ahead or more, vague units before an event; a four-digit decade after its, an age decade after his
Clocks moved ahead an hour at 2 a.m. | 1983-04-24 | an hour | DURATION PT1H
People get an hour more sun after work. | 2015-03-08 | an hour | DURATION PT1H
Its 1960s boiler failed again on Dec. 9. | 1976-12-30 | 1960s | DATE 196
Farmers planted about two weeks early this year. | 2055-06-12 | this year | DATE 2055
# the first clock of a range takes the day the second took from a date after them; a set for the time after a clock says nothing of it
A survey comes out Thursday. Polls will be open between 7 a.m. and 8 p.m. on Nov. 7. | 1995-10-30 | 7 a.m. | TIME 1995-11-07T07:00
A survey comes out Thursday. Polls are open from 7 a.m. to 8 p.m. on Election Day, Nov. 7. | 1995-10-30 | 7 a.m. | TIME 1995-11-07T07:00
Polls close at 7 p.m. Tuesday. Results will be posted hourly until 2 a.m. and daily after that. | 2056-11-06 | 2 a.m. | TIME 2056-11-08T02:00
In 1985, the council met on Thanksgiving. | 2035-11-22 | Thanksgiving | DATE 1985-11-28
Fifty years ago, the council met on Nov. 28. | 2035-11-22 | Nov. 28 | DATE 1985-11-28
It was the closest race since 1948, when a recount dragged into that December. | 1972-11-08 | that December | DATE 1948-12
In 2011, when service halted on Jan. 12, riders walked. | 2029-12-31 | Jan. 12 | DATE 2011-01-12
In 2011, when the plant reopened last Oct. 23, workers cheered. | 2029-12-31 | last Oct. 23 | DATE 2029-10-23
# a live blog's stamp keeps the dateline even in a sentence with a daily set (QA 10)
3:30 p.m.: Officials will hold briefings every morning. | 2022-07-14 | 3:30 p.m. | TIME 2022-07-14T15:30
# years counted from a season give a year (QA 12)
The hall opened in the summer of 1927. Two years later it closed. | 1990-05-10 | Two years later | DATE 1929
# a clock and its day with on between are two expressions (the preposition is a
# TimeML signal); the clock takes the day, and the day is tagged on its own
The window closes at 11 p.m. on January 31. | 2020-01-02 | 11 p.m. | TIME 2020-01-31T23:00
The window closes at 11 p.m. on January 31. | 2020-01-02 | January 31 | DATE 2020-01-31
The window closes at 11 p.m. January 31. | 2020-01-02 | 11 p.m. January 31 | TIME 2020-01-31T23:00
The gala opens at 7 p.m. on Jan. 31, and the bar is open daily. | 2025-01-02 | 7 p.m. | TIME 2025-01-31T19:00
# this season, when this year's is over and the clause looks ahead, is the coming one (QA 13)
She will be back onstage this spring. | 2036-12-31 | this spring | DATE 2037-SP
She was back onstage this spring. | 2036-12-31 | this spring | DATE 2036-SP
# rescheduled for a day sets it ahead, like scheduled for (QA 13)
The show was rescheduled for May 22. | 2036-12-31 | May 22 | DATE 2037-05-22
# after a past verb a present form is a noun, no cue (QA 13)
The agency accepted returns on Jan. 27. | 2036-02-29 | Jan. 27 | DATE 2036-01-27
The office took in about 14,000 returns on Monday. | 1976-04-15 | Monday | DATE 1976-04-12
The agency reported a drop in housing starts on Tuesday. | 2030-05-10 | Tuesday | DATE 2030-05-07
Depositors staged two bank runs on Tuesday. | 2030-05-10 | Tuesday | DATE 2030-05-07
Route 9 reopens Monday. | 2030-05-10 | Monday | DATE 2030-05-13
Fiscal 2022 begins Friday. | 2021-09-27 | Friday | DATE 2021-10-01
# a part of the day after next or last and a weekday stays in the span (QA 13)
The leaders arrive next Tuesday evening. | 2020-01-02 | next Tuesday evening | DATE 2020-01-07TEV
# a weekday after voted, agreed, promised ... to: the deed lies ahead; a day told before the verb stays (QA 13)
The union voted Wednesday night to strike on Monday. | 1985-09-12 | Monday | DATE 1985-09-16
The council voted last month to close the road Saturday. | 2010-11-03 | Saturday | DATE 2010-11-06
Members had voted on Thursday to ban overtime from Monday. | 1979-02-17 | Monday | DATE 1979-02-19
# a copula and a preposition before a date: a schedule, ahead (QA 40)
The sale is in December. | 1983-06-28 | December | DATE 1983-12
# a small-hours limit after an earlier clock of its sentence, ahead: the next night (QA 39)
Police closed the blocks at noon and will keep them shut until 3 a.m. | 2037-12-31 | 3 a.m. | TIME 2038-01-01T03:00
The bar opened at 1 a.m. and stayed open until 3 a.m. | 2037-12-31 | 3 a.m. | TIME 2037-12-31T03:00
# through the night in the past, with no other day told: the night just gone (QA 39)
Salvage crews worked through the night to keep the tanker afloat. | 1974-11-12 | the night | TIME 1974-11-11TNI
Salvage crews will work through the night. | 1974-11-12 | the night | TIME 1974-11-12TNI
# a habitual season takes no year, as a habitual month (QA 40)
Rates usually firm in the spring. | 2013-03-14 | the spring | DATE XXXX-SP
Rates firmed in the spring. | 2013-03-14 | the spring | DATE 2013-SP
The council agreed late Wednesday to reopen the bridge on Tuesday. | 1979-02-17 | Tuesday | DATE 1979-02-20
# the following weekday after a week or a weekend comes after its Sunday (QA 32)
He will rest through the weekend. The councils meet the following Tuesday. | 1978-03-23 | the following Tuesday | DATE 1978-03-28
The storm hit last weekend, and power returned the following Wednesday. | 1978-03-23 | the following Wednesday | DATE 1978-03-22
On Wednesday she promised to cut power bills. | 1985-09-12 | Wednesday | DATE 1985-09-11
The judge asked jurors to return on Wednesday. | 2003-02-10 | Wednesday | DATE 2003-02-12
Crowds are expected at the temple Sunday evening. Leaders asked families to finish by 10 p.m. | 2013-11-01 | 10 p.m. | TIME 2013-11-03T22:00
He told reporters on Friday to expect a deal. | 2003-02-10 | Friday | DATE 2003-02-07
# quarterly as an adverb is a set; as an adjective it is left alone (QA 13)
The advisory panel meets quarterly. | 2040-03-05 | quarterly | SET P3M
# the time gone by since an event (QA 13)
It has been a year since the flood. | 1991-08-09 | a year | DURATION P1Y
# a set in a later clause does not make a clock a timetable's (QA 13)
Arguments will be streamed live starting at 9 a.m., and the court issues opinions every Thursday. | 2025-10-06 | 9 a.m. | TIME 2025-10-06T09:00
# that WEEKDAY after a preposition or at the start of a sentence is the one in the week in question (QA 14)
Police met on Monday, Feb. 20, and again on that Friday. | 2012-03-08 | that Friday | DATE 2012-02-24
Officials said that Friday's vote was close. | 2003-11-19 | Friday | DATE 2003-11-14
He met them on Monday, Aug. 25. Emails showed talks as early as last December. That Thursday, the premier cancelled. | 2014-09-02 | That Thursday | DATE 2014-08-28
# a possessive weekday after will and its verb lies ahead (QA 14)
The airlines will meet Friday's deadline. | 2003-11-19 | Friday | DATE 2003-11-21
# a season of that year, the week of a dated day (QA 14)
The plan ran until 2005, and the units combined in the spring of that year. | 2003-11-19 | the spring of that year | DATE 2005-SP
Sales fell in the spring of the year. | 2003-11-19 | the spring | DATE 2003-SP
Spring break will move to the week of April 9, 2040. | 2039-05-11 | the week of April 9, 2040 | DATE 2040-W15
# concludes is a verb of schedules like ends (QA 14)
The qualifying tournament concludes Friday. | 1984-08-23 | Friday | DATE 1984-08-24
# a comparative after a duration stays out of its span (QA 11, 14)
The term will end June 20, 2040, about a week later than usual. | 2039-05-11 | about a week | DURATION P1W
# a full day is a day (QA 14)
The bridge last closed for a full day in October 1989. | 1997-09-02 | a full day | DURATION P1D
# a coarser date in a relative clause after a day leaves the day in question for clocks and parts of days (QA 13, 14)
The council approved a budget late Thursday, ending a process that began in March. The vote came after 11 p.m. | 2029-06-29 | 11 p.m. | TIME 2029-06-28T23:00
He signed on Dec. 8 and said the team had studied them since the first meeting in October. That night they watched the tape. | 2025-12-20 | That night | TIME 2025-10-XXTNI
# the coming weeks keeps its article, as the past weeks and the next few weeks do (QA 13, 14); it is the future, as the foreseeable future is
The minister will name a replacement in the coming weeks. | 2014-09-02 | the coming weeks | DATE FUTURE_REF
# a deadline given with have until lies ahead (QA 26)
Homeowners who installed solar panels in 2021 have until the end of the year to claim a rebate. | 2022-03-16 | the end of the year | DATE 2022
The commission has until 15 December to report. | 2010-11-10 | 15 December | DATE 2010-12-15
Weeks later, the plant closed for good. | 2014-09-02 | Weeks | DURATION PXW
The average in the last day was 2,200. | 2010-05-27 | the last day | DURATION P1D
# a weekday before a word in capitals is a date; before a capitalized word it names a paper or a club (see NOT_TAGGED)
Aides will prepare for the Friday TV debate. | 2008-09-24 | Friday | DATE 2008-09-26
# through the night is the night in question; through does not move it ahead (QA 13, 14)
The ferry sank on Nov. 9, 1979. Survivors clung to wreckage through the night. | 2039-11-09 | the night | TIME 1979-11-09TNI
# a verb of saying in a passive or after will is the event, not a telling (QA 15)
A family day will be added on Friday, July 17. Camping opens the day before. | 2048-03-09 | the day before | DATE 2048-07-16
# a bare clock after the day of a telling in its sentence is on that day, unless it lies ahead (QA 15)
The strike began on 2 December. Police said Saturday the fire started at 3 a.m. | 2019-12-22 | 3 a.m. | TIME 2019-12-21T03:00
Walkouts start on 27 December. The union confirmed on Saturday that talks broke down shortly before midnight. | 2019-12-22 | midnight | TIME 2019-12-22T00:00
Organizers said Sunday they would move the parade to 8 a.m. on July 4. | 2013-06-30 | 8 a.m. | TIME 2013-07-04T08:00
# a quarter named on its last day has ended: it is the topic, across other dates (QA 15)
Stocks closed out the third quarter on Friday, as investors bet on next month. The index rose 4.7 percent for the quarter. | 2033-09-30 | the quarter | DATE 2033-Q3
Stocks closed out the third quarter on Friday. The index rose 4.7 percent for the quarter. | 2033-09-30 | the quarter | DATE 2033-Q3
# the end of the year/decade in a past clause is the story's, when that lies before the DCT's (QA 15)
The dam was finished in May 1975, and by the end of the year it was full. | 2038-06-30 | the end of the year | DATE 1975
The dam was finished in May 1975. It will be full by the end of the year. | 2038-06-30 | the end of the year | DATE 2038
The dam was finished in May 2038, and by the end of the month it was full. | 2038-06-30 | the end of the month | DATE 2038-05
# a day of the month set as the date of something is ahead; a bare weekday stays with the tense (QA 15)
A federal judge on Wednesday set February 18 as the sentencing date. | 1999-12-30 | February 18 | DATE 2000-02-18
The agency had set Friday as the deadline. | 2000-01-15 | Friday | DATE 2000-01-14
# a day told in a when/which clause after the day in question is background (QA 15)
The quake struck on Thursday, December 26, when families were asleep after Christmas. By that evening, 41 were dead. | 2031-01-01 | that evening | TIME 2030-12-26TEV
The quake struck on Thursday, December 26, when families were asleep after Christmas. The next day, an aftershock hit. | 2031-01-01 | The next day | DATE 2030-12-27
# a body that sits, debates or hears on a weekday is scheduled; what is planned lies ahead (QA 15)
The Assembly sits on Thursday. | 1979-11-05 | Thursday | DATE 1979-11-08
The council debates the bill on Thursday. | 1979-11-05 | Thursday | DATE 1979-11-08
A late session on Thursday night is planned. | 1979-11-05 | Thursday night | DATE 1979-11-08TNI
# late afternoon is on the day in question, else the DCT, never a month (QA 16, QA 12)
On Saturday, rain grounded the helicopters until late afternoon. | 1983-06-07 | late afternoon | TIME 1983-06-04TAF
The bank will publish its minutes next month. The currency slipped by late afternoon. | 2027-03-31 | late afternoon | TIME 2027-03-31TAF
# league play is a noun, no scheduled present (QA 17)
The Hawks opened league play Saturday. | 2016-01-03 | Saturday | DATE 2016-01-02
The Hawks play Dover on Saturday. | 2016-01-03 | Saturday | DATE 2016-01-09
# a sentence that opens with a year and a comma frames its year-less dates, up to the next comma (QA 17); the comma may be left out after In YEAR, a relative year or a year ago, or be a dash; not after a bare number (QA 31, 32)
In 2012, the plant closed March 3. | 2015-06-10 | March 3 | DATE 2012-03-03
Last year, they began Aug. 26. | 2031-09-02 | Aug. 26 | DATE 2030-08-26
WEXLEY, Neb. (AP) -- Last year, the council voted June 9 to keep it. | 2021-06-14 | June 9 | DATE 2020-06-09
PORT ADDIS -- In 2020, the council voted June 9 to keep it. | 2021-06-14 | June 9 | DATE 2020-06-09
In 2012, the plant closed in March. | 2015-06-10 | March | DATE 2012-03
A year ago, cutting was finished by June 28. | 1983-07-05 | June 28 | DATE 1982-06-28
Last year, the pool stayed dry for the summer. | 2021-06-14 | the summer | DATE 2020-SU
A year ago this week: The pool stayed dry. The council voted June 9 to keep it closed. | 2021-06-14 | June 9 | DATE 2020-06-09
2008: The party won in March. It lost the runoff in June. | 2015-05-01 | June | DATE 2008-06
Next year it falls in late October. | 2010-11-03 | late October | DATE 2011-10
In 2012 the festival falls in early November. | 2010-11-03 | early November | DATE 2012-11
2003 -- Tsvangirai appears in court in February. | 2008-06-06 | February | DATE 2003-02
At 1209 a.m. on 13 January he posted a message. | 2010-01-14 | 13 January | DATE 2010-01-13
In 2009, BP made 27 billion dollars, and it ended March with cash. | 2010-06-10 | March | DATE 2010-03
# a month or weekday before a capitalized word is a name unless a date word leads it or follows (QA 17, QA 18)
May Day rallies drew crowds. | 2019-04-20 | May Day | DATE 2019-05-01
Early June brought rain. | 2019-06-12 | Early June | DATE 2019-06
Protesters gathered in Washington March 5. | 2019-06-12 | March 5 | DATE 2019-03-05
Also Wednesday White House aides were asked about it. | 2011-01-27 | Wednesday | DATE 2011-01-26
It is Wednesday January the 12th. | 2011-01-12 | Wednesday | DATE 2011-01-12
# a race time is a duration; a clock with seconds stays a clock (QA 12)
She won in 2:24:10 on Sunday. | 2031-10-12 | 2:24:10 | DURATION PT2H24M10S
The quake struck at 4:31:09 a.m. | 2031-10-12 | 4:31:09 a.m. | TIME 2031-10-12T04:31
The quake struck at 14:31:09 GMT. | 2031-10-12 | 14:31:09 GMT | TIME 2031-10-12T14:31
# units said together are one duration, the largest first (QA 12)
The strike lasted two years and six months. | 2025-04-17 | two years and six months | DURATION P2Y6M
He was held for 10 days, 4 hours and 30 minutes. | 2025-04-17 | 10 days, 4 hours and 30 minutes | DURATION P10DT4H30M
# under is a degree like less than (QA 12)
The race lasted just under three hours. | 2025-04-17 | just under three hours | DURATION PT3H
# a participle phrase takes the tense of its clause (QA 12)
Rain is expected Sunday, followed by sun on Tuesday. | 1994-07-22 | Tuesday | DATE 1994-07-26
The strike was followed by talks on Tuesday. | 1994-07-22 | Tuesday | DATE 1994-07-19
# a sentence that opens with a date of its own frames its weekdays (QA 24);
# a date inside it does not
On Dec. 6, 1971, angry over staff cuts, she told reporters she would resign Friday. | 1983-06-09 | Friday | DATE 1971-12-10
On March 3, 1990, police said the man had fled on Friday. | 2025-04-17 | Friday | DATE 1990-03-02
The company, founded on March 3, 1990, said Tuesday it will reopen the plant. | 2025-04-17 | Tuesday | DATE 2025-04-15
# a month in a past-perfect clause after a month of its sentence lies before it (QA 24)
She told police in June that she had last seen him in October. | 2020-11-10 | October | DATE 2019-10
# a comparison is no bound (QA 23)
Season tickets will cost 5 percent more than a year ago. | 2033-06-15 | a year ago | DATE 2032
The club was founded more than a year ago. | 2033-06-15 | more than a year ago | DATE 2032
# a plan, and a meeting called for a day, look ahead (QA 23)
It plans another free night on July 4. | 2058-12-31 | July 4 | DATE 2059-07-04
A mediator has called both sides back for a session at 10 a.m. Wednesday. | 1987-08-11 | 10 a.m. Wednesday | TIME 1987-08-12T10:00
He flew to Paris for a meeting Monday. | 1987-08-11 | Monday | DATE 1987-08-10
# a state that lasts until a day: ahead, unless a verb dates it (QA 23)
The service had posted a storm warning for five counties through Thursday night. | 1976-11-24 | Thursday night | DATE 1976-11-25TNI
The city imposed a curfew that lasted until Sunday. | 1976-11-24 | Sunday | DATE 1976-11-21
# what had to be done is done; what is to be done lies ahead (QA 12)
The roof had to be repaired in February. | 1990-05-10 | February | DATE 1990-02
A service is to be held in February. | 1990-05-10 | February | DATE 1991-02
";

/// Strings that must not be tagged.
const NOT_TAGGED: &[&str] = &[
    "i'm kim lowry, wdby 1340 am.",
    "Most economists expect a further quarter-point increase.",
    "The ministers may meet again.",
    // distances, eras and a surname after a title (QA 41, 42)
    "The probe will drift within 1.6 light-years of a dim red star.",
    "The galaxies lie dozens of light years away.",
    "He will give a talk on the Sorell years.",
    "The town thrived during the Dust Bowl years.",
    "Rationing marked the war years.",
    "Dr. May will present the full results.",
    // kinds of years, a kind of bus route (QA 43)
    "Midterm years look worse.",
    "Turnout is lower in election years.",
    "The board wants to trim late-night bus routes.",
    "He watched a late-night talk show.",
    // a weekday as a surname (QA 40)
    "Walter Friday, the chief financial officer, told analysts.",
    "Orders recovered, Friday said.",
    "She took a day off to rest.",
    "A fire gutted an apartment building at 2100 May Street.",
    "She had a key to the office at 1985 Marion Avenue.",
    "Deb Ruelas runs the diner at 1966 Route 66 with her son.",
    "The bus, No. 2046 in the company's fleet, had failed an inspection.",
    "The Mavericks trailed 41-40 with 4:12 left.",
    "Commuters who take the 7:12 to Stamford will have to stand.",
    "The 8:05 express will skip two stations.",
    "Anyone who has ridden the 6:48 knows the conductor.",
    "Council member Wendell Noon trails by two points; Noon, 38, owns a hardware store.",
    "Noon's volunteers knocked on doors in the rain.",
    "Sen. Harold Friday chairs the committee.",
    "Members of Local 1973 of the county employees union ratified the pact.",
    "Teamsters Local 1999 backed the plan.",
    "The owner read about it in the Elmstead Weekly Tribune.",
    "The Monday Night Runners club met at the park.",
    "He hosts Sunday Morning Live on the station.",
    "The security council passed resolution 1593 on the case.",
    "A nurse in her 30s and a driver in his '40s were hurt.",
    "Also unfinished is LD 1842, a bill on voter rolls, with HB 2011 and H.R. 1995.",
    "Farmers hauled the last loads from the May Creek bottoms.",
    "The tablet has a reading mode called Sunday Paper.",
    "Protesters called for the fall of the regime and cheered the fall of President Mubarak.",
    "A former Saturday Night Live cast member sang the anthem.",
    "\"It was time to act,\" March said after the vote.",
    "Without the show, it may feel like any other Monday.",
    "The board ordered a review of its Horizon 2030 plan.",
    "The measure, House Bill 1984, cleared the Senate.",
    "Senate Joint Resolution 2012 passed on a voice vote.",
    "Halloran won album of the year at the awards.",
    "A fault on signal HJ-1996 was logged twice.",
    "Moyes had played every minute of every league match.",
    "Liberal leader May Tarrant said her party would abstain.",
    "He is survived by his daughter, April, and four grandchildren.",
    "Ellen March, who chairs the group, said members were furious.",
    "Rep. Dana March voted against the bill.",
    "An editorial in the Kingsmere Saturday Standard criticised the plan.",
    "Principal August Lindqvist greeted the students.",
    "Change does not happen overnight, the mayor said.",
    "The contract pays her $85,000 a year.",
    "The plant turns out 400 cars a day at a cost of $1.1 million a day.",
    "Lifeguards earn $18 an hour.",
    "The field produces 2.5 million barrels a day of crude oil.",
    "It won't be fixed overnight.",
    "The deal would not transform the economy overnight.",
    "Thousands march through the capital.",
    "He told the Sunday Times he would stay.",
    "She said she had an epiphany about the job.",
    "The estimates were compiled by the trade weekly Reel Ledger.",
    "Second place went to \"Midnight at Corran Falls,\" which slipped 31 percent.",
    "The western \"Thunder at Noon\" opened in fifth place.",
    "The studio answered with \"Fourteen Tuesdays,\" a comedy.",
    "Output rose to 40,000 a day before the strike.",
    "The well leaked 1,000 barrels a day before the cap went on.",
    "He launched his boat at the Friday Creek ramp.",
    "Judge Harlan Weeks ordered a presentence report.",
    "Chris Weeks, a logistics officer, met the convoy.",
    "She read from The Boyhood Years on the radio.",
    "Vireo runs with the Saturday Striders club in Portland.",
    "The interview was published in the Sunday Independent newspaper.",
    "The youth showcase known as \"Saturday Strings\" moved to a new stage.",
    "The March of Dimes has called here three times.",
    "The vaccine is given in three doses at 2, 4 and 6 months of age.",
    "Women should get a booster between the 27th and 36th weeks of pregnancy.",
    "The burn unit is run by Dr. Sunday Adeyemi.",
    "It was the last day of school.",
    "He made a New Year's resolution to run a marathon.",
    "The Ashcombe 1887 Club met on the lawn.",
    "Buses will follow a Sunday schedule.",
    "The case, No. 76-CR-1130, was dismissed.",
    "As usual, he is a day late and a dollar short.",
    "Forecasters issued a winter storm warning for the county.",
    "He refused to be the fall guy for the deal.",
    "The pipeline ruptured under a soybean field along County Road 2040.",
    "Traders blamed the fall in crude prices on rising stockpiles.",
    "Russians who endured poverty after the fall of communism voted.",
    "The fall-out has devastated local marine life.",
    "Finally, the treasurer took the fall for his friends.",
    "She appeared on Fox News Sunday with the senator.",
    "His grandfather fought in the Second World War.",
    "A 6-year-old boy was rescued.",
    "The 62-year-old defendant stood.",
    "Traders see a 40% chance of a quarter-point cut.",
    "The three-year-old conflict has displaced millions.",
    "He won a second term.",
    "They met for a second round of talks.",
    "The striker scored in the first half of the match.",
    "He was hurt in the third quarter of the game.",
    "The jury met in Room 1984 of the courthouse.",
    "She booked Flight 2024 to Lisbon.",
    "He told the program \"This Week,\" that he would run.",
    "The cinema screens \"Independence Day\" in the park.",
    "The party daily Granma printed the letter.",
    "He told USA Today he would run.",
    "Ruiz, a 61-year-old retired welder, testified.",
    "Mr. Ruiz, 61 years old, testified.",
    "He said on CBS's \"60 Minutes\" that he would run.",
    "She said on \"This Week With Ann Cole\" that taxes would rise.",
    "She moved to Oslo in her late 30s.",
    "Most of the buyers were in their twenties.",
    "She won on Super Tuesday.",
    "Classes end on the last day of school.",
    "It was his last day at the plant.",
    "It was their last day at the plant.",
    "The school stayed open past its scheduled last day.",
    "He warmed his hands in the sun.",
    "He paid 450 bc fees.",
    "Smith scored 13 points in the fourth quarter.",
    "The Hawks led at halftime but collapsed early in the third quarter.",
    "The team scored twice in the second half.",
    "Lows were in the low 90s.",
    "Highs reached the upper 80s.",
    "NavyCWO4 wrote that the G7 met.",
    "The rate rose to 10.30 percent.",
    "Thousands joined the annual March for Life.",
    "About a quarter of voters stayed home.",
    "Three quarters of the vote went to the mayor.",
    "Prices dropped by about a quarter.",
    "Winter wheat planting was 34 percent complete.",
    "Temperatures will drop to the mid-20s by nightfall.",
    "Highs will be in the 90s.",
    "Children under 5 years old were spared.",
    "Du Pont raised its quarterly dividend.",
    "These are the busiest months for retailers.",
];

mod common;
use common::tag_as_one_sentence as tag;

#[test]
fn table_of_cases() {
    let mut failures = Vec::new();
    let mut n = 0;
    for line in CASES.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split(" | ").collect();
        assert_eq!(f.len(), 4, "bad case line: {line}");
        let dct = NaiveDate::parse_from_str(f[1], "%Y-%m-%d").unwrap();
        let (kind, value) = f[3].split_once(' ').unwrap();
        let got = tag(f[0], dct);
        n += 1;
        let hit = got.iter().find(|x| &f[0][x.start..x.end] == f[2]);
        match hit {
            Some(x) if x.kind.as_str() == kind && x.value == value => {}
            _ => failures.push(format!(
                "{}: want `{}` {kind} {value}, got {:?}",
                f[0],
                f[2],
                got.iter()
                    .map(|x| format!(
                        "`{}` {} {}",
                        &f[0][x.start..x.end],
                        x.kind.as_str(),
                        x.value
                    ))
                    .collect::<Vec<_>>()
            )),
        }
    }
    assert!(n > 40);
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A set's `quant` is the quantifier it is said with, as TimeBank writes
/// it: "each" EACH, "every" EVERY, none for "daily" or "twice a year".
#[test]
fn a_set_takes_the_quantifier_it_is_said_with() {
    let dct = NaiveDate::from_ymd_opt(2025, 4, 17).unwrap();
    let s = "Inspectors visit each April, test the pumps every Monday, \
             check the valves daily, drain the tanks twice a year and \
             rebuild them once every 10 years.";
    let tags = tag(s, dct);
    let got: Vec<_> = tags
        .iter()
        .map(|x| (&s[x.start..x.end], x.quant.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("each April", Some("EACH")),
            ("every Monday", Some("EVERY")),
            ("daily", None),
            ("twice a year", None),
            ("once every 10 years", Some("EVERY")),
        ]
    );
}

#[test]
fn strings_that_must_not_be_tagged() {
    let dct = NaiveDate::from_ymd_opt(2025, 4, 17).unwrap();
    for s in NOT_TAGGED {
        let got = tag(s, dct);
        assert!(
            got.is_empty(),
            "{s}: tagged {:?}",
            got.iter().map(|x| &s[x.start..x.end]).collect::<Vec<_>>()
        );
    }
}

#[test]
fn only_inside_sentences_and_sorted_non_overlapping() {
    let text = "Talks on Monday\nThe envoy met them on Tuesday and again on Wednesday.\n";
    let body = 16..text.len();
    let sents = segment::split(text, body);
    let dct = NaiveDate::from_ymd_opt(2025, 4, 17).unwrap();
    let got = Tagger::global().tag(text, &sents, dct);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|x| x.start >= 16));
    assert!(got.windows(2).all(|w| w[0].end <= w[1].start));
}

#[test]
fn a_clock_is_not_merged_with_a_day_in_the_next_sentence() {
    let text = "It ended at 9 p.m. The next day, it rained.";
    let sents = segment::split(text, 0..text.len());
    assert_eq!(sents.len(), 2, "{sents:?}");
    let dct = NaiveDate::from_ymd_opt(2025, 3, 5).unwrap();
    let got = Tagger::global().tag(text, &sents, dct);
    let found: Vec<_> = got
        .iter()
        .map(|x| (&text[x.start..x.end], x.value.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("9 p.m.", "2025-03-05T21:00"),
            ("The next day", "2025-03-06")
        ]
    );
}

/// A day ahead told as a limit ("by Sunday morning") stays the date in
/// question for "the following week", but a bare clock time after it is on
/// the day the story is about (QA 23).
#[test]
fn a_limit_day_is_not_the_day_of_a_later_clock() {
    let dct = NaiveDate::from_ymd_opt(2009, 10, 31).unwrap();
    let cases = [
        (
            "Up to an inch of rain is expected by Sunday morning. A shuttle will leave at 11:15 p.m.",
            "2009-10-31T23:15",
        ),
        (
            "The game is Saturday. Rain will fall through Sunday, and kickoff is at 7 p.m.",
            "2009-10-31T19:00",
        ),
        // told in the past, a day after "by" moves the story on
        (
            "By Sunday night the river had crested. Crews left at 11 p.m.",
            "2009-10-25T23:00",
        ),
    ];
    for (text, want) in cases {
        let sents = segment::split(text, 0..text.len());
        let got = Tagger::global().tag(text, &sents, dct);
        let clock = got.last().map(|x| x.value.as_str());
        assert_eq!(clock, Some(want), "{text}");
    }
    let text = "Plans are due by Nov. 1. The board will vote on them the following week.";
    let sents = segment::split(text, 0..text.len());
    let got = Tagger::global().tag(text, &sents, dct);
    assert_eq!(
        got.last().map(|x| x.value.as_str()),
        Some("2009-W45"),
        "{text}"
    );
}

/// The day of a telling ("said last Friday") speaks for its own sentence:
/// a clock in the next one is on the dateline's day.
#[test]
fn the_day_of_a_telling_is_not_the_day_of_a_later_clock() {
    // (QA 39: "walked out last night, the owners said today. The stoppage
    // began at 10.40 pm" is last night's)
    let text =
        "Typesetters walked out last night, the owners said today. The stoppage began at 10.40 pm.";
    let sents = segment::split(text, 0..text.len());
    assert_eq!(sents.len(), 2, "{sents:?}");
    let dct = NaiveDate::from_ymd_opt(1979, 2, 17).unwrap();
    let got = Tagger::global().tag(text, &sents, dct);
    let clock = got.iter().find(|x| &text[x.start..x.end] == "10.40 pm");
    assert_eq!(clock.map(|x| x.value.as_str()), Some("1979-02-16T22:40"));
    for said in ["said Friday", "said last Friday"] {
        let text = format!("Reyes {said} that the bank was wrong. The dollar rose by 1600 GMT.");
        let sents = segment::split(&text, 0..text.len());
        assert_eq!(sents.len(), 2, "{sents:?}");
        let dct = NaiveDate::from_ymd_opt(2030, 1, 31).unwrap();
        let got = Tagger::global().tag(&text, &sents, dct);
        let clock = got.iter().find(|x| &text[x.start..x.end] == "1600 GMT");
        assert_eq!(
            clock.map(|x| x.value.as_str()),
            Some("2030-01-31T16:00"),
            "{said}"
        );
    }
}

#[test]
fn a_coming_day_displaced_by_a_past_one_dates_a_coming_clock() {
    // "next Saturday" and "Thursday's storm" in one sentence: the storm is
    // an aside, the planting is on Saturday; told in sentences of their
    // own too, since the twenty-fourth session (`Ctx::future_day`: the
    // past day cannot be a coming clock's, and the coming day is nearer
    // the story than the DCT)
    let dct = NaiveDate::from_ymd_opt(2040, 5, 7).unwrap();
    for (text, want) in [
        (
            "Volunteers will return next Saturday, after Thursday's storm. Planting starts at 8 a.m.",
            "2040-05-12T08:00",
        ),
        (
            "Volunteers will return next Saturday. Thursday's storm swamped the site. Planting starts at 8 a.m.",
            "2040-05-12T08:00",
        ),
    ] {
        let sents = segment::split(text, 0..text.len());
        assert!(sents.len() >= 2, "{sents:?}");
        let got = Tagger::global().tag(text, &sents, dct);
        let clock = got.iter().find(|x| &text[x.start..x.end] == "8 a.m.");
        assert_eq!(clock.map(|x| x.value.as_str()), Some(want), "{text}");
    }
}

#[test]
fn a_game_story_has_periods_of_play_in_every_paragraph() {
    let text = "Quarterback Eli Marchetti will start today.\n\n\
                \"We'll see how the ankle holds up in the fourth quarter,\" the coach said.";
    let sents = segment::split(text, 0..text.len());
    let dct = NaiveDate::from_ymd_opt(2026, 1, 4).unwrap();
    let got = Tagger::global().tag(text, &sents, dct);
    assert!(got.iter().all(|x| !x.value.contains('Q')), "{got:?}");
}

#[test]
fn anchors_point_back_to_the_anaphor() {
    let text = "The plant opened on March 3, 2025, and closed the next day.";
    let dct = NaiveDate::from_ymd_opt(2025, 4, 17).unwrap();
    let got = tag(text, dct);
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].anchor, Some(0));
    assert!(got[1].anchored);
    assert!(!got[0].anchored);
}

#[test]
fn a_clock_is_never_its_own_anchor() {
    // "that evening" counts from the clock before it, and the clock takes
    // its day (QA 37: the clock was written with anchorTimeID = its tid)
    let text = "Locks close at 10 p.m. Tuesday and reopen at 6 a.m. Thursday. \
                The last tow must clear the chamber by 9:30 p.m. that evening.";
    let dct = NaiveDate::from_ymd_opt(2058, 5, 25).unwrap();
    let got = tag(text, dct);
    assert!(got.len() >= 4, "{got:?}");
    for (i, t) in got.iter().enumerate() {
        assert_ne!(t.anchor, Some(i), "{}", &text[t.start..t.end]);
    }
}

mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn never_panics_and_spans_are_valid(s in "\\PC{0,200}") {
            let dct = NaiveDate::from_ymd_opt(2025, 4, 17).unwrap();
            let got = tag(&s, dct);
            let mut last = 0;
            for x in &got {
                prop_assert!(x.start >= last && x.start < x.end && x.end <= s.len());
                prop_assert!(s.is_char_boundary(x.start) && s.is_char_boundary(x.end));
                last = x.end;
            }
        }

        #[test]
        fn words_and_numbers_never_panic(words in proptest::collection::vec(
            prop_oneof![
                Just("the"), Just("last"), Just("next"), Just("May"), Just("31"), Just("2025"),
                Just("ago"), Just("years"), Just("-"), Just("a.m."), Just("10:30"), Just("twenty"),
                Just("Feb."), Just("29"), Just("quarter"), Just("fourth"), Just("."), Just("1990s"),
                Just("that"), Just("day"), Just("later"), Just("Sunday"), Just("9999"), Just("0")
            ], 0..30)) {
            let s = words.join(" ");
            for y in [1, 1999, 2025, 9999] {
                let dct = NaiveDate::from_ymd_opt(y, 12, 31).unwrap();
                let _ = tag(&s, dct);
            }
        }
    }
}

/// A clock time alone between two breaks is a timestamp (a live blog's
/// "1:15 p.m." over an update): the dateline's day, not the day the text
/// spoke of last; the same clock in a sentence takes that day.
#[test]
fn a_past_clock_after_a_day_ahead_goes_back_to_the_day_before_it() {
    // (QA 40) the day in question before the coming one, close by; the
    // DCT's for a past perfect ("By noon, pickets had closed the gates")
    let cases = [
        (
            "The council adopted the budget late Monday. Work starts Friday. \
             The vote came at 11:40 p.m. after a long debate.",
            "11:40 p.m.",
            "1983-06-27T23:40",
        ),
        (
            "The council adopted the budget late Monday. Work starts Friday. \
             By 11:40 p.m. the members had gone home.",
            "11:40 p.m.",
            "1983-06-28T23:40",
        ),
    ];
    let dct = NaiveDate::from_ymd_opt(1983, 6, 28).unwrap();
    for (text, clock, want) in cases {
        let sents = segment::split(text, 0..text.len());
        let got = Tagger::global().tag(text, &sents, dct);
        let t = got.iter().find(|x| &text[x.start..x.end] == clock);
        assert_eq!(t.map(|x| x.value.as_str()), Some(want), "{text}");
    }
}

#[test]
fn an_editions_stamp_is_on_the_dateline() {
    // (QA 39) "first sent at", "(Updated at ...)", "(Update ...)": the
    // clock of the telling, whatever day the story spoke of last
    let dct = NaiveDate::from_ymd_opt(2011, 10, 21).unwrap();
    for text in [
        "The company will hold a news conference at 10 a.m. Monday. (Updated at 6:10 p.m. JST.)",
        "The launch had been set for last Friday. This story was first sent at 6:10 p.m.",
        "Talks resume Monday. (Update 6:10 p.m. Cairo.)",
    ] {
        let sents = segment::split(text, 0..text.len());
        let got = Tagger::global().tag(text, &sents, dct);
        let t = got
            .iter()
            .find(|x| text[x.start..x.end].starts_with("6:10"));
        assert_eq!(
            t.map(|x| x.value.as_str()),
            Some("2011-10-21T18:10"),
            "{text}"
        );
    }
}

#[test]
fn a_standalone_clock_is_a_timestamp_on_the_dateline() {
    let dct = NaiveDate::from_ymd_opt(2035, 12, 16).unwrap();
    let text = "The storm will arrive Tuesday, forecasters said.\n\n1:15 p.m.\n\nRunways closed.";
    let got: Vec<String> = tag(text, dct).iter().map(|t| t.value.clone()).collect();
    assert_eq!(got, ["2035-12-18", "2035-12-16T13:15"]);
    let text = "The storm will arrive Tuesday. It makes landfall at 1:15 p.m.";
    let got: Vec<String> = tag(text, dct).iter().map(|t| t.value.clone()).collect();
    assert_eq!(got, ["2035-12-18", "2035-12-18T13:15"]);
    // a stamp that opens a paragraph before a colon (QA 10)
    let text = "The fire started at 2:30 p.m. Friday.\n\n10:30 a.m.: Highway 41 is closed.";
    let got: Vec<String> = tag(text, dct).iter().map(|t| t.value.clone()).collect();
    assert_eq!(got, ["2035-12-14T14:30", "2035-12-16T10:30"]);
    // a stamp in digits run straight into its update's first word (a live
    // blog flattened to one sentence per line), not "Around midnight Old
    // Brother was woken"
    let text = "Officials met yesterday.\n1.40pm The envoy said the vote was fair.";
    let got: Vec<String> = tag(text, dct).iter().map(|t| t.value.clone()).collect();
    assert_eq!(got, ["2035-12-15", "2035-12-16T13:40"]);
}

#[test]
fn a_quoted_letter_keeps_the_day_it_was_written() {
    // (QA 41: the date in the sentence before a quote that opens its own
    // sentence frames it too; the quote's anchors point at that date)
    let text = "One, dated Nov. 9, 1944, was written in a barn. \"It rained again today. Tomorrow we go back up,\" he told his mother.";
    let dct = NaiveDate::from_ymd_opt(1984, 11, 8).unwrap();
    let got = common::tag_segmented(text, dct);
    let value = |w: &str| {
        got.iter()
            .find(|x| &text[x.start..x.end] == w)
            .map(|x| (x.value.as_str(), x.anchor))
    };
    assert_eq!(value("today"), Some(("1944-11-09", Some(0))), "{got:?}");
    assert_eq!(value("Tomorrow"), Some(("1944-11-10", Some(0))), "{got:?}");
    // ... also when the quote opens the next paragraph, and a quote that
    // opens the sentence after the quoted writing's goes on with its words
    let dct2 = NaiveDate::from_ymd_opt(2053, 5, 16).unwrap();
    let text =
        "His letter was dated May 15, 2003.\n\n\"Today the children filled this box,\" he wrote.";
    let got = common::tag_segmented(text, dct2);
    let today = got.iter().find(|x| &text[x.start..x.end] == "Today");
    assert_eq!(
        today.map(|x| x.value.as_str()),
        Some("2003-05-15"),
        "{got:?}"
    );
    let dct2 = NaiveDate::from_ymd_opt(2044, 12, 6).unwrap();
    let text = "The message, left at 6:42 a.m. on Wednesday, Oct. 19, was played twice. \"It's Dale,\" the engineer can be heard saying. \"I want the road closed today.\"";
    let got = common::tag_segmented(text, dct2);
    let today = got.iter().find(|x| &text[x.start..x.end] == "today");
    assert_eq!(
        today.map(|x| x.value.as_str()),
        Some("2044-10-19"),
        "{got:?}"
    );
    // ... but not across another sentence of the story
    let text = "The message, left at 6:42 a.m. on Wednesday, Oct. 19, was played twice. \"It's Dale,\" the engineer can be heard saying. The panel listened. \"I want the road closed today.\"";
    let got = common::tag_segmented(text, dct2);
    let today = got.iter().find(|x| &text[x.start..x.end] == "today");
    assert_eq!(
        today.map(|x| x.value.as_str()),
        Some("2044-12-06"),
        "{got:?}"
    );
    // a quoted speaker's today is the DCT, with no writing named
    let text = "The mayor spoke on Nov. 9, 1944. \"It rained again today,\" he said.";
    let got = common::tag_segmented(text, dct);
    let today = got.iter().find(|x| &text[x.start..x.end] == "today");
    assert_eq!(
        today.map(|x| x.value.as_str()),
        Some("1984-11-08"),
        "{got:?}"
    );
}

#[test]
fn a_dated_days_weekday_in_the_next_sentence_is_that_day() {
    // (QA 44: "Wednesday" after "Wednesday, July 4" is July 4, not a week
    // later; in the same sentence it is the next one)
    let dct = NaiveDate::from_ymd_opt(2018, 6, 25).unwrap();
    common::assert_last_values(
        dct,
        &[
            (
                "The parade will be held on Wednesday, July 4.\n\nCity Hall will be closed Wednesday.",
                "2018-07-04",
            ),
            (
                "The fair opens Wednesday, July 4, and closes Wednesday.",
                "2018-07-11",
            ),
        ],
    );
}

#[test]
fn a_clock_said_to_be_now_is_the_datelines() {
    // (QA 45: a broadcast's "It's now 6:39" after a sentence about
    // Saturday; a bare clock there would take Saturday)
    let dct = NaiveDate::from_ymd_opt(1976, 1, 21).unwrap();
    common::assert_last_values(
        dct,
        &[
            (
                "Tonight's game moves to Saturday afternoon. It's now 6:39.",
                "1976-01-21T06:39",
            ),
            (
                "Tonight's game moves to Saturday afternoon. The bus leaves at 6:39.",
                "1976-01-24T06:39",
            ),
        ],
    );
}

#[test]
fn the_day_before_a_coarser_date_counts_from_the_last_day() {
    // (QA 43: a year between the day and the anaphor; with no day in
    // question, or only the DCT, the count is from the DCT, as before)
    let dct = NaiveDate::from_ymd_opt(2023, 3, 5).unwrap();
    common::assert_last_values(
        dct,
        &[
            ("The district released its report Friday. In 2019 the rate was 9 percent. The day before, the state had published its figures.", "2023-03-02"),
            ("In 2019 the rate was 9 percent. The day before, the state had published its figures.", "2023-03-04"),
            ("The district released its report today. In 2019 the rate was 9 percent. The day before, the state had published its figures.", "2023-03-04"),
        ],
    );
}

#[test]
fn a_coming_clock_after_a_day_gone_by_takes_the_coming_day() {
    // (QA 44: the mirror of a past clock after a day still to come; not
    // a clock time on a day ahead, "2 a.m. Sunday", which is no day of
    // the story)
    let dct = NaiveDate::from_ymd_opt(1979, 1, 17).unwrap();
    common::assert_last_values(
        dct,
        &[
            ("The board will decide next Tuesday how to make up lost days. It called off its Jan. 9 session as a storm moved in. The rescheduled meeting will begin at 7:30 p.m. in the library.", "1979-01-23T19:30"),
            ("Clocks fall back at 2 a.m. Sunday. The team won last Saturday. The shuttle will leave the stadium at 11:15 p.m.", "1979-01-17T23:15"),
        ],
    );
}

#[test]
fn fall_the_verb_before_a_day_is_no_season() {
    // (QA 44: "that fall on" a day is a relative clause; "that fall" after
    // a year is still the season)
    let dct = NaiveDate::from_ymd_opt(2003, 12, 19).unwrap();
    for (text, want) in [
        ("Trash goes out a day late next week. Collections that fall on Christmas will be made the next day.", vec!["a day", "next week", "Christmas", "the next day"]),
        ("Bills that fall on a Sunday are paid late.", vec!["Sunday"]),
        ("She moved to Oslo in 1998 and married that fall on a farm.", vec!["1998", "that fall"]),
    ] {
        let got = common::tag_segmented(text, dct);
        let spans: Vec<&str> = got.iter().map(|x| &text[x.start..x.end]).collect();
        assert_eq!(spans, want, "{text}");
    }
}

#[test]
fn a_quote_told_on_a_day_after_it_keeps_the_speakers_today() {
    // (QA 41: the attribution after the quotation dates it; a quotation
    // that opens the next sentence goes on with the same words; another
    // speaker's, or a relative clause's day, does not)
    let dct = NaiveDate::from_ymd_opt(2031, 8, 25).unwrap();
    for (text, word, want, anchor) in [
        ("\"Tomorrow I start packing,\" Lund said Sunday.", "Tomorrow", "2031-08-25", Some(1)),
        ("\"It is hard today,\" she told reporters on Friday night.", "today", "2031-08-22", Some(1)),
        ("\"I could not stand,\" Lund said Sunday at a picnic. \"Tomorrow I pack.\"", "Tomorrow", "2031-08-25", Some(0)),
        ("\"I could not stand,\" Lund said Sunday at a picnic. Her coach disagreed: \"Tomorrow we rest.\"", "Tomorrow", "2031-08-26", None),
        ("\"The vote is tomorrow,\" said Lund, who arrived Sunday.", "tomorrow", "2031-08-26", None),
        ("\"The vote is tomorrow,\" Lund said Monday.", "tomorrow", "2031-08-26", None),
    ] {
        let got = common::tag_segmented(text, dct);
        let at = got.iter().position(|x| &text[x.start..x.end] == word);
        let (value, anchor_at) = at.map_or((None, None), |i| (Some(got[i].value.as_str()), got[i].anchor));
        assert_eq!(value, Some(want), "{text}: {got:?}");
        if let Some(a) = anchor {
            // (the attribution's own index)
            assert_eq!(anchor_at, Some(a), "{text}: {got:?}");
        }
    }
}

#[test]
fn a_flashback_keeps_its_year_for_a_past_date() {
    // (QA 41, probe 13: the story's day, told with its year more than a
    // year back, frames a year-less past date in the next sentence; not a
    // present perfect, which reaches the present, and not once the story
    // has come back near the DCT)
    let dct = NaiveDate::from_ymd_opt(2031, 8, 25).unwrap();
    common::assert_last_values(
        dct,
        &[
            ("She was hurt on Aug. 12, 2028. She walked again on Sept. 3.", "2028-09-03"),
            ("The record was set on Aug. 19, 2028. Temperatures have topped 100 degrees since July 17.", "2031-07-17"),
            ("She was hurt on Aug. 12, 2028. On Monday she won a race. She walked again on July 3.", "2031-07-03"),
        ],
    );
}
