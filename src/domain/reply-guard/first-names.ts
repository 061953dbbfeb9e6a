// Common given names (US English and Spanish), written for the guard. Names that are also everyday words
// in a reply ("Hope", "Grace", "Will", "May", "Joy", "Faith", "Mark", "Bill", "Rose") are left out on
// purpose: the guard would flag ordinary sentences. So are names that are also common US place names ("Madison",
// "Savannah", "Aurora"), which replies use for sites.
export const FIRST_NAMES = `
aaron abigail adam adrian aisha alan albert alejandra alejandro alex alexander alexandra alexis alfredo alice alicia
alison allison alma alyssa amanda amelia amy ana andrea andrew andres angela angelica anita ann anna anne annie anthony
antonio april ariana arturo ashley audrey austin barbara beatriz becky benjamin bernard beth betty beverly blanca bonnie
brandon brenda brian brittany bruce bryan caleb cameron camila carl carla carlos carmen carolina caroline carrie
catherine cecilia charles charlotte cheryl chloe chris christian christina christine christopher cindy claire claudia
cody colleen connie courtney craig cristina cynthia dale daniel daniela danielle darlene darren david deborah debra
denise dennis derek diana diane diego dolores donald donna doris dorothy douglas dylan eduardo edward eileen elena
elijah elizabeth ellen emily emma enrique eric erica erik erin esperanza esteban esther ethan eugene evelyn fernando
francisco gabriel gabriela gary gerald gina gloria gordon graciela gregory guadalupe guillermo gustavo hailey hannah
harold heather hector helen henry hugo ian irene isaac isabel isabella jack jacob jacqueline jaime james jamie janet
janice jared jasmine jason javier jeffrey jennifer jenny jeremy jesse jessica jesus jill joan joanne joel johanna john
johnny jonathan jorge jose joseph joshua juan juana judith judy julia julian julie justin karen karina katherine kathleen
kathryn kathy katie kayla keith kelly kenneth kevin kimberly kristen kristin kyle larry laura lauren leah leonardo
leslie lillian linda lisa logan lorena lori louis lucas lucia luis luz lydia manuel marcus margaret maria maribel
marie marilyn mario marisol marissa marta martha martin marvin mary mateo matthew megan melanie melissa michael michelle
miguel mildred monica nancy natalie nathan nicholas nicole noah norma olivia oscar pablo pamela patricia patrick paul paula
pedro peggy peter phillip priscilla rachel rafael ralph ramon randy raquel raul rebecca regina renee ricardo richard
rita robert roberto rocio rodrigo roger ronald rosa rosario ruth ryan samantha samuel sandra sara sarah scott sean sergio
shannon sharon shawn sheila shirley silvia sofia sophia stacy stephanie stephen steven susan tammy tanya teresa terry
theresa thomas tiffany timothy tina todd tyler valeria vanessa veronica vicente victoria vincent virginia walter wanda
wayne wendy william yolanda zachary
dave mike jim tom joe steve dan matt nick tony jen jenny liz kate meg sue chris ben greg jeff ken tim andy lupe pepe paco
brianna eli kara liam ava mia harper aiden jayden mason owen levi nolan oliver sebastian wyatt grayson jaxon
landon easton colton jeremiah hudson ezra connor jace brayden gavin dominic kayden xavier jaxson evan bentley tristan
braxton kaiden declan ryder silas kai ivan emmett micah maverick harrison giovanni weston jameson bryson ashton
waylon axel brody theodore asher leo luca josiah greyson avery ella scarlett aria penelope riley layla nora zoey mila
aubrey lily addison eleanor luna zoe stella hazel ellie skylar violet bella lucy aaliyah
kinsley maya madelyn adeline alexa gabriella naomi sadie eva emilia nevaeh piper ruby willow everly cora kaylee aubree
arianna eliana gianna isabelle valentina clara vivian reagan mackenzie madeline brielle delilah isla rylee sophie
josephine liliana jade kylie emery adalynn natalia annabelle ximena raelynn bailey athena leilani lyla adalyn arya norah
khloe eliza ariel juliana iris lilly aliyah arabella trinity ryleigh jordyn jocelyn molly valerie anastasia daisy
laila mya teagan amaya elise paige adaline fiona alaina genevieve alina mckenzie callie eloise londyn mariah julianna
gracie angelina josie adelyn makayla juliette amara lila alana malia brynlee sloane leila sienna adriana
kendall juliet alayna elliana ayla noelle rosalie joanna jayla alivia lola emersyn selena tessa maggie delaney camille
vivienne kira mariana fernanda jimena paola yesenia araceli leticia rogelio ernesto emilio felipe gerardo joaquin
mauricio octavio ruben tomas victor travis curtis jerry russell bobby howard roy wesley ernest calvin arthur willie
glenn tracy lois gail tamara lorraine carolyn jean crystal tara holly kristina stacey krista dana
`
  .trim()
  .split(/\s+/);
