# Second held-out-style set, written before any rule was run on it. Run: python3 articles-2.src.py > articles-2.jsonl
import json
A = []
def art(i, when, source, title, body):
    A.append({"id": "para2-%03d" % i, "source": source, "url": "https://example.com/para2/%03d" % i,
              "publishedAt": when, "language": "en", "title": title, "body": body})

art(0, "2023-09-12T08:00:00Z", "Shenzhen Business Post",
 "Vivo Denies Report It Is Building An Electric Car",
 "Chinese smartphone brand Vivo on Tuesday dismissed a media report claiming that it had set up a team to develop electric vehicles.\n\n"
 "\"Vivo has no plans to make cars,\" a company spokesperson said, adding that the firm remained focused on phones and consumer electronics.\n\n"
 "The report, published by a local technology website, had said the handset maker was hiring automotive engineers in Shenzhen and talking to suppliers about components.")

art(1, "2021-03-24T02:00:00Z", "Seoul Market News",
 "LG Electronics and Magna to form electric powertrain joint venture",
 "LG Electronics and Canadian auto parts maker Magna International will form a joint venture to make electric motors, inverters and on-board chargers for electric cars, the companies said on Wednesday.\n\n"
 "LG will own 51 percent of the venture, which will be based in Incheon and employ about 1,000 people. Magna will hold the rest.\n\n"
 "LG Electronics, which makes televisions and home appliances, has no plans to build cars itself, a spokesman said. The deal values the business at about $1 billion.")

art(2, "2022-06-17T09:00:00Z", "Adriatic Auto",
 "Rimac hands over the first Nevera hypercar",
 "Croatian electric hypercar maker Rimac Automobili handed over the first Nevera to a customer in Germany on Friday, more than four years after the car was first shown in Geneva.\n\n"
 "The company, which also supplies battery systems to other carmakers, plans to build only 150 of the 1,900-horsepower coupes, each priced at about 2 million euros.\n\n"
 "Porsche owns a stake in Rimac's parent, Rimac Group, and uses some of its technology in its own sports cars.")

art(3, "2023-05-30T06:00:00Z", "Asia Tech Brief",
 "Xiaomi's first car spotted on public roads",
 "Photos posted on social media show camouflaged prototypes of Xiaomi's first electric sedan undergoing road tests near Beijing, the latest sign that the smartphone maker's car project is progressing.\n\n"
 "Xiaomi declined to comment on the pictures but has said it plans to start mass production of its cars in the first half of 2024.\n\n"
 "The company has hired more than 2,000 people for its car business and is building a factory with annual capacity of 150,000 vehicles in the Chinese capital.")

art(4, "2021-01-13T07:00:00Z", "Taipei Tech Daily",
 "Foxconn and Geely team up to build cars for other brands",
 "Foxconn and Zhejiang Geely Holding Group agreed on Wednesday to set up a joint venture that will build electric cars for other automakers, the latest step in the Taiwanese contract manufacturer's push into electric vehicles.\n\n"
 "Each side will own half of the venture, which will also offer consulting on car design and supply chains. Foxconn, best known for assembling smartphones, has said it wants a 10 percent share of the global EV market by 2025.\n\n"
 "Geely, which sells battery-electric models under its Geometry brand, will contribute its experience in vehicle engineering.")

art(5, "2023-10-09T05:00:00Z", "China Auto Wire",
 "WM Motor files for bankruptcy restructuring",
 "Chinese electric-vehicle maker WM Motor has filed for bankruptcy restructuring with a court in Shanghai after running out of cash, according to a court notice.\n\n"
 "The company, once valued at more than $4 billion and backed by Baidu and Tencent, delivered about 100,000 cars before its sales collapsed last year.\n\n"
 "WM Motor had halted production at its factories in Wenzhou and Huanggang and cut thousands of jobs.")

art(6, "2023-11-13T04:00:00Z", "Nippon Industry Daily",
 "Panasonic to supply EV batteries to Mazda from 2027",
 "Panasonic Energy will supply cylindrical lithium-ion battery cells to Mazda Motor from 2027 for the electric vehicles the Japanese carmaker plans to build, the two companies said on Monday.\n\n"
 "Mazda, which sells the MX-30 EV in Europe and Japan, has been slower than most rivals to bring battery-electric models to market and aims to launch several from the middle of the decade.\n\n"
 "The cells will be made at Panasonic's plants in Japan.")

art(7, "2019-11-07T06:00:00Z", "Nippon Industry Daily",
 "Toyota, BYD team up on electric cars for China",
 "Toyota Motor and BYD said on Thursday they would set up a joint venture in China next year to develop battery-electric vehicles, splitting ownership equally.\n\n"
 "The venture will design sedans and low-floor SUVs for the Chinese market that will be sold under the Toyota brand. Toyota already sells the Prius plug-in hybrid and the C-HR EV, while BYD is China's biggest maker of new-energy vehicles.\n\n"
 "The partners did not disclose how much they would invest.")

art(8, "2024-08-05T03:00:00Z", "Nippon Industry Daily",
 "Mitsubishi Motors weighs joining Nissan-Honda EV alliance, Nikkei says",
 "Mitsubishi Motors is considering joining a partnership between Nissan and Honda on electric-vehicle software and components, the Nikkei business daily reported on Monday.\n\n"
 "Mitsubishi, in which Nissan holds a 34 percent stake, sells the Outlander plug-in hybrid and the eK X EV mini car in Japan. Nissan and Honda agreed in March to study cooperation on EVs and signed a broader deal last week.\n\n"
 "Mitsubishi said no decision had been made.")

art(9, "2022-03-29T10:00:00Z", "Auto Letter Europe",
 "Lotus opens pre-orders for its first electric SUV",
 "Lotus began taking pre-orders for the Eletre, its first electric SUV, in China and Europe on Tuesday, with deliveries due to start next year.\n\n"
 "The British sports-car maker, majority-owned by Geely, will build the Eletre at a new plant in Wuhan that is still being fitted out. Prices start at about 95,000 pounds.\n\n"
 "Lotus plans to sell only electric cars from 2028.")

art(10, "2021-03-24T11:00:00Z", "Market Desk Asia",
 "Tencent profit jumps on gaming and advertising",
 "Tencent Holdings reported a 29 percent rise in fourth-quarter profit on Wednesday, helped by strong demand for its online games during pandemic lockdowns and a rebound in advertising.\n\n"
 "The company, which runs the WeChat messaging app, said revenue rose to 133.7 billion yuan in the quarter. Its Hong Kong-listed shares have fallen 15 percent from a record in February amid worries about tighter regulation of China's internet giants.\n\n"
 "Tencent said it would keep investing in cloud computing and business software.")

art(11, "2022-04-23T02:00:00Z", "China Auto Wire",
 "Xiaomi breaks ground on Beijing car plant",
 "Xiaomi began construction of its first car factory in Beijing on Saturday, a plant that will eventually be able to build 300,000 vehicles a year, the company said.\n\n"
 "The smartphone maker, which set up its EV unit last year, said the first phase of the plant should be finished in 2023. It expects to start mass production of its first model in 2024.\n\n"
 "Xiaomi has committed 10 billion yuan to the car business so far.")

art(12, "2024-03-21T09:00:00Z", "Detroit EV Report",
 "GM and LG scrap plans for fourth U.S. battery plant",
 "General Motors and LG Energy Solution have dropped plans for a fourth joint battery plant in the United States, the companies said, but their Ultium Cells joint venture will keep running its three existing factories.\n\n"
 "GM, which sells the Chevrolet Equinox EV and the Cadillac Lyriq, said slower than expected demand for electric vehicles made the extra capacity unnecessary for now.\n\n"
 "LG Energy Solution said it would use some of the equipment ordered for the plant at its other sites.")

art(13, "2018-03-15T06:00:00Z", "Shenzhen Business Post",
 "TV maker Konka Group studies entry into electric cars",
 "Konka Group, the Chinese television maker, said on Thursday it was studying the feasibility of entering the electric-vehicle market and had held preliminary discussions with several local governments about a factory site.\n\n"
 "The company stressed that no investment decision had been taken. Konka's shares rose 6 percent in Shenzhen after the announcement.\n\n"
 "A growing number of Chinese electronics groups are looking at carmaking as demand for televisions slows.")

for a in A:
    print(json.dumps(a, ensure_ascii=False))
