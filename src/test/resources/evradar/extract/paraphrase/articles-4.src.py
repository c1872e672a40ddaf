# Fourth held-out-style set, written before any rule was run on it.
import json
A = []
def art(i, when, source, title, body):
    A.append({"id": "para4-%03d" % i, "source": source, "url": "https://example.com/para4/%03d" % i,
              "publishedAt": when, "language": "en", "title": title, "body": body})

art(0, "2021-05-26T08:00:00Z", "Nippon Industry Daily",
 "Subaru and Toyota to co-develop second electric SUV",
 "Subaru said on Wednesday it would jointly develop a second battery-electric SUV with Toyota Motor, which owns about 20 percent of the smaller carmaker.\n\n"
 "Subaru plans to put the new model on sale in 2026. Toyota sells plug-in hybrid versions of its RAV4 SUV in Japan, Europe and the United States.\n\n"
 "Subaru, best known for its all-wheel-drive petrol cars, has lagged rivals in electrification.")

art(1, "2022-08-03T06:00:00Z", "Auto Letter Europe",
 "Renault and Nissan rework their alliance",
 "Renault and Nissan are negotiating a new balance in their alliance that could see the French carmaker cut its 43 percent stake in Nissan, according to people briefed on the talks.\n\n"
 "Nissan has long sought a smaller Renault stake. Renault sells the Megane E-Tech electric hatchback and Nissan the Ariya electric SUV.")

art(2, "2023-03-21T05:00:00Z", "China Auto Wire",
 "Evergrande's EV unit halts production",
 "China Evergrande New Energy Vehicle Group has stopped production at its Tianjin plant and is struggling to pay suppliers, the company said, as its debt-ridden parent fights for survival.\n\n"
 "The carmaker had delivered only about 1,000 of its Hengchi 5 SUVs since starting sales last year. It said it was seeking new investors to restart output.")

art(3, "2020-09-08T04:00:00Z", "Detroit EV Report",
 "GM to take 11% stake in Nikola and build its Badger pickup",
 "General Motors will take an 11 percent stake in Nikola and will engineer and build the startup's Badger electric pickup, the companies said on Tuesday.\n\n"
 "GM, which sells the Chevrolet Bolt, will also supply its Ultium batteries and fuel cells for Nikola's trucks. Nikola will pay GM about $700 million for the work.")

art(4, "2020-12-01T04:00:00Z", "Detroit EV Report",
 "GM scales back Nikola deal, drops stake",
 "General Motors will no longer take a stake in Nikola or build its Badger pickup, the companies said on Monday, sharply scaling back a deal struck in September.\n\n"
 "GM will instead only supply its fuel-cell system for Nikola's heavy trucks, under a non-binding memorandum of understanding. Nikola shares fell 25 percent.")

art(5, "2024-04-25T09:00:00Z", "Tech Wire Review",
 "Baidu and Tesla reportedly discuss self-driving cooperation",
 "Tesla is in talks with Baidu over using the Chinese company's mapping data for its driver-assistance software in China, two people familiar with the matter said.\n\n"
 "Baidu already supplies mapping services to several carmakers. Tesla, which builds the Model 3 and Model Y in Shanghai, declined to comment.")

art(6, "2022-02-14T07:00:00Z", "Asia Tech Brief",
 "Huawei's Yu says Aito models will help it win in cars, but it won't build them",
 "Huawei consumer chief Richard Yu said the company would keep helping carmakers design and sell vehicles, but repeated that Huawei would not manufacture cars itself.\n\n"
 "Seres builds the Aito M5 for Huawei, which markets the SUV in its flagship stores. Seres began delivering the M5 this month.")

art(7, "2025-03-05T08:00:00Z", "Market Desk Asia",
 "CATL sets Hong Kong listing to fund Hungary plant",
 "CATL filed for a Hong Kong share listing on Wednesday to raise money for a battery plant in Hungary that will supply BMW and Mercedes-Benz.\n\n"
 "The world's largest maker of electric-vehicle batteries already counts Tesla among its customers.")

for a in A:
    print(json.dumps(a, ensure_ascii=False))
