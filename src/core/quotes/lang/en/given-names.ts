/**
 * Common given names in English-language news, with gender: they tell a person ("Donna Brazile") from a place or a
 * body, and give "he"/"she" its antecedent.
 *
 * Sources (written from the public lists, not from any story or evaluation text):
 * - US: Social Security Administration, "Top names of the decade", births 1930s–2000s, about the top 150 boys' and
 * girls' names of each decade (https://www.ssa.gov/oact/babynames/decades/), i.e. the names of adults in the news;
 * - the usual English short forms of those names (Bill/Bob for Robert/William, Ted for Edward, Bernie for Bernard …);
 * - Russian and Ukrainian: the most common given names of adults (Rosstat/registry frequency tables as reported in
 * the press), in the usual English transliterations (BGN/PCGN and the press's "-y"/"-i" variants);
 * - a few dozen of the most common given names of France, Germany, Spain/Latin America and the Arab world.
 * A name given to both sexes (Jordan, Taylor, Terry …) sits in both lists and gives no gender.
 */

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

export const MALE_FIRST = set(`
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark
Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary
Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond
Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian
Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel
Taylor Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis Harry
Howard Fred Earl Clarence Ernest Stanley Leonard Norman Allen Francis Herbert Melvin Lloyd Leroy Bernard Marvin
Glenn Don Curtis Jimmy Johnny Danny Tony Dale Phillip Craig Todd Rodney Shawn Chad Travis Derek Cody Corey Marcus
Jared Luis Carlos Antonio Cameron Evan Luke Connor Hunter Caleb Isaac Jake Ian Seth Joel Dustin Brett Troy Ricky
Mario Victor Martin Jay Lee Ray Gene Leon Clifford Warren Theodore Milton Lewis Chester Edwin Sam Max Herman
Nathaniel Adrian Casey Alex Erik Derrick Bradley Jeremiah Dean Mitchell Marc Gordon Alfred Oscar Hugh Neil Ross
Barry Glen Lance Kirk Brent Darren Jamie Spencer Trevor Colin Wesley Grant Garrett Devin Blake Angel Ivan Xavier
Miguel Julian Diego Jesus Manuel Pedro Ricardo Jorge Eduardo Javier Francisco Fernando Sergio Rafael Ruben Raul
Roberto Hector Andres Jerome Calvin Edgar Franklin Floyd Harvey Jesse Johnnie Leo Lester Lowell Marshall Maurice
Morris Nelson Otis Perry Ramon Reginald Roland Sidney Sylvester Vernon Wallace Willard Elmer Everett Jeffery Rick
Randall Darryl Tommy Jon Nick Nicolas Dominic Emmanuel Elias Cole Jaden Owen Aidan Brayden Gavin Wyatt Carter
Chase Landon Liam Isaiah Jace Colton Hayden Josiah Tristan Ayden Dominick Damian Lucas Jackson Levi Brady Preston
Mathew Shane Frederick Stuart Reed Rex Quentin Clay Kurt Ken Dwight Gilbert Glenn Harrison Jasper Wendell
Bill Billy Bob Bobby Rob Robby Bert Chuck Charlie Chris Dan Danny Dave Dick Doug Ed Eddie Frank Fred Greg Hank
Jeff Jim Jimmy Joe Joey Jerry Jack Jake Josh Ken Kenny Larry Len Matt Mike Mickey Mitch Nate Pat Pete Phil
Ray Rich Rick Ricky Ron Ronnie Russ Sam Sandy Steve Stan Ted Teddy Terry Tom Tommy Tony Vic Walt Will Willy
Ben Tim Timmy Bernie Benny Andy Drew Al Abe Alf Gus Hal Herb Lou Mel Nat Ned Wally Zach
Alexander Aleksandr Sergei Sergey Dmitry Dmitri Dmitriy Andrei Andrey Alexei Alexey Aleksei Vladimir Mikhail Ivan
Igor Oleg Yury Yuri Yuriy Viktor Boris Pavel Maxim Maksim Nikolai Nikolay Anton Roman Yevgeny Yevgeni Evgeny
Evgeni Gennady Gennadiy Vitaly Vitali Vyacheslav Valentin Kirill Konstantin Grigory Leonid Arkady Stanislav Vadim
Valery Valeri Vasily Vasiliy Denis Artyom Artem Ilya Yegor Egor Nikita Timur Ruslan Anatoly Anatoli Georgy
Georgiy Fyodor Fedor Pyotr Stepan Semyon Lev Gleb Matvei Daniil Danila Timofei Vsevolod Yaroslav Vladislav
Svyatoslav Eduard Petro Mykola Mykhailo Oleksandr Oleksiy Andriy Volodymyr Serhiy Vitaliy Taras Bogdan Bohdan
Rustam Magomed
Jean Pierre Michel Philippe Alain Jacques Francois François Laurent Olivier Christophe Thierry
Hans Klaus Wolfgang Jürgen Jurgen Dieter Helmut Uwe Stefan Frank Thomas Horst Manfred Werner Gerhard
Alejandro Enrique Pablo Alberto Luis
Mohammed Muhammad Mohamed Mohammad Ahmed Ahmad Ali Hassan Hussein Omar Abdullah Ibrahim Khalid Mahmoud Mustafa
Alvin Andre Bryce Byron Cedric Cory Dane Darius Dwayne Fredrick Gerardo Jermaine Lamar Marlon Micah Nolan
Orlando Quinton Rene Roderick Rudy Sheldon Terrance Terrence Ty Tyrone Wade Desmond Damon Darnell Ernesto Felix
Fabian Gustavo Jarrod Kelvin Lorenzo Moses Neal Reuben Rolando Tomas Trent Zane
Youssef Yusuf Mehmet Abdel Hamid Hamza Tariq Karim
`);

export const FEMALE_FIRST = set(`
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Margaret Betty Sandra Ashley
Dorothy Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Laura Sharon Cynthia Kathleen
Amy Shirley Angela Helen Anna Brenda Pamela Nicole Samantha Katherine Emma Ruth Christine Catherine Debra Rachel
Carolyn Janet Virginia Maria Heather Diane Julie Joyce Victoria Kelly Christina Lauren Joan Evelyn Olivia Judith
Megan Cheryl Martha Andrea Frances Hannah Jacqueline Ann Gloria Jean Kathryn Alice Teresa Sara Janice Doris
Madison Julia Grace Judy Abigail Marie Denise Beverly Amber Theresa Marilyn Danielle Diana Brittany Natalie Sophia
Rose Isabella Alexis Kayla Charlotte Tiffany Tammy Dawn Tracy Wendy Lori Crystal April Erin Holly Courtney Chelsea
Kristen Vanessa Lindsey Lindsay Allison Tara Erica Katie Monica Rhonda Robin Peggy Connie Sherry Paula Bonnie Lois
Phyllis Norma Jane Irene Louise Ruby Anne Annie Edna Mildred Florence Lillian Rita Wanda Joanne Sally Carrie Stacy
Kristin Melanie Leslie Jill Valerie Tina Kathy Sheila Jamie Kristina Misty Alyssa Brianna Taylor Rachael Haley
Morgan Jasmine Destiny Sydney Kaitlyn Jenna Kelsey Shannon Caitlin Katelyn Mariah Gabrielle Gabriela Jordan
Alexandra Ella Chloe Ava Mia Abby Sue Debbie Dana Joy Marcia Lynn Elaine Carla Colleen Heidi Gail Yvonne Ellen Kay
Sylvia Loretta Jo Darlene Vicki Nina Penny Anita Josephine Beatrice Eleanor Marjorie Esther Ethel Hazel Pauline
Clara Elsie Ida Agnes Thelma Gladys Vera Bertha Lucille Marion Geraldine Jennie Minnie Jessie Bessie Mae Stella
Viola Leah Kristy Stacey Kara Nikki Jodi Brandy Kari Felicia Natasha Sonia Renee Yolanda Carmen Vickie Jenny Traci
Becky Cindy Christy Kristi Melinda Sabrina Ana Veronica Claudia Alicia Rosa Lucy Juanita Bridget Kendra Meghan
Whitney Molly Erika Katrina Caroline Cassandra Audrey Claire Autumn Paige Savannah Brooke Sierra Madeline
Mackenzie Riley Kirsten Dianne Marsha Roberta Rosemary Sheryl Suzanne Tonya Lorraine Annette Jeanette Jeanne Kim
Margie Patsy Bobbie Carole Charlene Ramona Sherri Lynda Terri Jackie Maureen Arlene Katharine Gwendolyn Laurie
Alison Kate Kathryn Meredith Amelia Lily Emilia Zoe Hailey Haley Lillian Naomi Nora Eva Ivy Hope Faith Jo Sue
Elise Elisa Susanna Susannah Tanya Gina Lena Margo Liz Beth Betsy Peggy Patty Maggie Meg Nan Kathy
Cathy Carly Jenny Jen Sandy Cindy Barb Deb Pam Val Tammy Trish Nell Dot
Hillary Hilary Kristie Tamara Desiree Jacquelyn Marissa Brittney Tasha Latoya Candace Jillian Mandy
Miranda Leticia Shana Staci Tabitha Trisha Alisha Alissa Ashlee Bethany Cara Darcy Gretchen Hollie Janelle Krista
Lacey Leigh Marcy Meagan Nichole Robyn Shelby Shelly Sonya Tia Toni Trina Adrienne Alexa Jocelyn Kristine Mindy
Noelle Rebekah Shawna Stacie Valarie Yvette
Olga Tatyana Tatiana Natalia Natalya Yelena Elena Irina Svetlana Ekaterina Yekaterina Valentina Lyudmila Ludmila
Marina Alexandra Aleksandra Ksenia Kseniya Yulia Yuliya Galina Veronika Lyubov Nadezhda Larisa Larissa Zoya Raisa
Tamara Lidia Lidiya Alla Inna Oksana Anastasia Anastasiya Daria Darya Polina Sofia Sofya Alina Kristina Yana
Milana Viktoria Valeria Margarita Ulyana Evgenia Yevgenia Lilia Liliya Elvira Zhanna Maya Varvara Arina Alyona
Yelizaveta Elizaveta Alisa Kira Mariya Yevdokia Nataliya Olena Oleksandra Iryna Kateryna Yuliia Halyna
Marie Nathalie Isabelle Sylvie Catherine Françoise Francoise Monique Brigitte Sophie
Ursula Angelika Monika Petra Sabine Susanne Birgit Claudia Renate Helga Ingrid Gerda
Carmen Lucia Pilar Isabel Rosa Dolores Mercedes Cristina Gabriela
Fatima Aisha Aicha Leila Layla Mariam Maryam Zainab Khadija Nour Amina Yasmin Rania Samira
`);

/** Gender of a given name, or null when it is given to both sexes or unknown. */
export function givenNameGender(w: string): 'm' | 'f' | null {
const m = MALE_FIRST.has(w), f = FEMALE_FIRST.has(w);
return m === f ? null : m ? 'm' : 'f';
}

export const isGivenName = (w: string): boolean => MALE_FIRST.has(w) || FEMALE_FIRST.has(w);
